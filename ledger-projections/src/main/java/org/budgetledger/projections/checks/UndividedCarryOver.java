package org.budgetledger.projections.checks;

import static org.budgetledger.projections.tables.TableKind.FISCAL_APPROPRIATION_SUMMARY;
import static org.budgetledger.projections.tables.TableKind.INCOME_SUMMARY;

import java.util.List;
import java.util.Optional;
import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.reconciliation.Figures;
import org.budgetledger.projections.reconciliation.RuleFigure;
import org.budgetledger.projections.reconciliation.TableSet;
import org.budgetledger.projections.tables.TableCell;

/**
 * A 收入总表 that prints one 上年结转结余 column, not divided by fund (Fujian's documents): the part that is
 * not 财政拨款 is that column less the 财政拨款收支总表's carry-over — printed, or, where that table prints no
 * carry-over line, its 收入总计 less its income rows. Without it, 收支总表 and 财政拨款收支总表 would seem apart by
 * exactly the non-fiscal carry-over.
 */
final class UndividedCarryOver {
  private static final List<String> DIVIDED =
      List.of("carryOver:FISCAL_SPECIAL_ACCOUNT", "carryOver:UNIT_FUNDS");
  private static final List<String> FISCAL =
      List.of("GENERAL_BUDGET", "GOVERNMENT_FUND", "STATE_CAPITAL");

  private UndividedCarryOver() {}

  static Optional<RuleFigure> nonFiscal(Figures f, TableSet set) {
    if (DIVIDED.stream().anyMatch(c -> printed(set, INCOME_SUMMARY, "total", c))
        || !printed(set, INCOME_SUMMARY, "total", "carryOver")
        || !f.has(FISCAL_APPROPRIATION_SUMMARY)) {
      return Optional.empty();
    }
    RuleFigure whole = f.of(INCOME_SUMMARY, "total", "carryOver");
    Fen fiscal;
    if (printed(set, FISCAL_APPROPRIATION_SUMMARY, "totals:carryOver", "income")) {
      fiscal = f.of(FISCAL_APPROPRIATION_SUMMARY, "totals:carryOver", "income").amount();
    } else {
      fiscal = f.of(FISCAL_APPROPRIATION_SUMMARY, "totals:grand", "income").amount();
      for (String source : FISCAL) {
        fiscal =
            fiscal.minus(f.of(FISCAL_APPROPRIATION_SUMMARY, "income:" + source, "income").amount());
      }
    }
    Fen rest = whole.amount().minus(fiscal);
    if (!rest.isPositive()) {
      return Optional.empty();
    }
    return Optional.of(
        new RuleFigure(
            INCOME_SUMMARY,
            "total",
            "carryOver",
            whole.label()
                + "（其中非财政拨款 = 上年结转结余 − 财政拨款结转 "
                + Money.exact(fiscal, set.documentUnit())
                + "）",
            rest,
            whole.decimals(),
            whole.lineNo()));
  }

  private static boolean printed(
      TableSet set, org.budgetledger.projections.tables.TableKind kind, String row, String column) {
    return set.cell(kind, row, column).filter(TableCell::isMoney).isPresent();
  }
}
