package org.budgetledger.projections.reconciliation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.MoneyUnit;
import org.budgetledger.projections.tables.CellSource;
import org.budgetledger.projections.tables.Column;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.PrintedSum;
import org.budgetledger.projections.tables.RowType;
import org.budgetledger.projections.tables.TableCell;
import org.budgetledger.projections.tables.TableRow;

/** How {@link CellComparison} reads, judges and labels single cells. */
final class CellValues {
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u3000]+");

  private CellValues() {}

  /** Money always; text only when it is a fact (表12/表13), not a label of the layout. */
  static boolean compared(TableCell cell) {
    return cell.isMoney() || !(cell.source() instanceof CellSource.Layout);
  }

  static boolean isBlank(TableCell cell) {
    return cell.isMoney() ? cell.amount().isZero() : normalised(cell.text()).isEmpty();
  }

  /** PDF extraction breaks text with spaces anywhere; spacing carries no meaning. */
  static String normalised(String text) {
    return text == null ? "" : WHITESPACE.matcher(text).replaceAll("");
  }

  static CellVerdict judge(
      TableCell published,
      TableCell rebuilt,
      TableRow row,
      int decimals,
      DisclosureTable table,
      RoundedTerms terms) {
    if (published.isMoney() != rebuilt.isMoney()) {
      return new CellVerdict(CellStatus.MISMATCH, 0, 0, "一方为金额，一方为文字");
    }
    if (!published.isMoney()) {
      return CellVerdict.of(
          normalised(published.text()).equals(normalised(rebuilt.text()))
              ? CellStatus.EXACT
              : CellStatus.MISMATCH);
    }
    Fen p = published.amount();
    Fen r = rebuilt.amount();
    if (p.equals(r)) {
      return CellVerdict.of(CellStatus.EXACT);
    }
    if (decimals >= Rounding.EXACT_DECIMALS) {
      return CellVerdict.of(CellStatus.MISMATCH);
    }
    if (Rounding.printed(r, decimals).equals(p)) {
      return new CellVerdict(
          CellStatus.WITHIN_ROUNDING,
          1,
          Rounding.halfUnitFen(decimals),
          "账本精确值四舍五入至 " + decimals + " 位小数即为公开值");
    }
    int printedTerms = PrintedSum.count(published);
    int rebuiltTerms = terms.applyAsInt(rebuilt);
    if (printedTerms > 1) {
      // the published figure adds up n rounded figures (a code over the units printing it): n half
      // units of its own, and those of the rebuilt lines as below
      int n = printedTerms + (rebuiltTerms > 1 ? 2 * rebuiltTerms : 0);
      long tolerance = Rounding.toleranceFen(n, decimals);
      if (Math.abs(p.minus(r).value()) <= tolerance) {
        return new CellVerdict(
            CellStatus.WITHIN_ROUNDING,
            n,
            tolerance,
            "公开值为 " + printedTerms + " 个舍入数之和，累计误差上限 " + Fen.of(tolerance).formatWan(6) + " 万元");
      }
    }
    int parts = roundedParts(row, published.columnKey());
    if (parts > 1) {
      long tolerance = Rounding.toleranceFen(parts, decimals);
      if (Math.abs(p.minus(r).value()) <= tolerance) {
        return new CellVerdict(
            CellStatus.WITHIN_ROUNDING,
            parts,
            tolerance,
            "小计列：本行 " + parts + " 列各自舍入，累计误差上限 " + Fen.of(tolerance).formatWan(6) + " 万元");
      }
    }
    int items = PrintedOutline.roundedItemsUnder(table, row, published.columnKey());
    if (items > 1) {
      long tolerance = Rounding.toleranceFen(items, decimals);
      if (Math.abs(p.minus(r).value()) <= tolerance) {
        return new CellVerdict(
            CellStatus.WITHIN_ROUNDING,
            items,
            tolerance,
            "类/款行：其下 " + items + " 项各自舍入，累计误差上限 " + Fen.of(tolerance).formatWan(6) + " 万元");
      }
    }
    if (rebuilt.source() instanceof CellSource.Allocated allocated && allocated.terms() > 1) {
      // n printed figures each within half a unit of their exact amounts, the printed sum within
      // half a unit of theirs: a project's or a unit's 合计 may differ from its printed parts added
      // up
      long tolerance = Rounding.toleranceFen(allocated.terms() + 1, decimals);
      if (Math.abs(p.minus(r).value()) <= tolerance) {
        return new CellVerdict(
            CellStatus.WITHIN_ROUNDING,
            allocated.terms(),
            tolerance,
            "账本值为按表列数记录的 "
                + allocated.terms()
                + " 个金额之和，各自舍入，累计误差上限 "
                + Fen.of(tolerance).formatWan(6)
                + " 万元");
      }
    }
    if (rebuiltTerms > 1) {
      // each of the n lines lies in its printed figure's rounding interval (one unit wide), as does
      // the exact amount the publisher summed, so the lines' sum is within n units of the exact
      // sum, and the published figure within half a unit of that
      long tolerance = Rounding.toleranceFen(2 * rebuiltTerms + 1, decimals);
      if (Math.abs(p.minus(r).value()) <= tolerance) {
        return new CellVerdict(
            CellStatus.WITHIN_ROUNDING,
            rebuiltTerms,
            tolerance,
            "账本值为 "
                + rebuiltTerms
                + " 行（单位×资金来源）之和，各行在其公开数的舍入区间内解出，累计误差上限 "
                + Fen.of(tolerance).formatWan(6)
                + " 万元");
      }
    }
    if (row.type() == RowType.TOTAL || row.type() == RowType.SUBTOTAL) {
      int n = Math.max(1, roundedDetails(table, published.columnKey()));
      long tolerance = Rounding.toleranceFen(n, decimals);
      if (Math.abs(p.minus(r).value()) <= tolerance) {
        return new CellVerdict(
            CellStatus.WITHIN_ROUNDING,
            n,
            tolerance,
            "合计行：" + n + " 行各自舍入，累计误差上限 " + Fen.of(tolerance).formatWan(6) + " 万元");
      }
    }
    return CellVerdict.of(CellStatus.MISMATCH);
  }

  /**
   * The row's non-zero figures in the columns a 小计 column sums ({@code carryOver} over {@code
   * carryOver:GENERAL_BUDGET} …): each printed rounded, so the rebuilt sum of the ledger's legs may
   * drift from the 小计 the publisher rounded once.
   */
  private static int roundedParts(TableRow row, String column) {
    return (int)
        row.cells().stream()
            .filter(c -> c.columnKey().startsWith(column + ":"))
            .filter(c -> c.isMoney() && !c.amount().isZero())
            .count();
  }

  /** The published detail rows with a non-zero figure in the column: the rows the total rounds. */
  private static int roundedDetails(DisclosureTable table, String column) {
    return (int)
        table.rows().stream()
            .filter(r -> r.type() == RowType.DETAIL)
            .flatMap(r -> r.cell(column).stream())
            .filter(c -> c.isMoney() && !c.amount().isZero())
            .count();
  }

  /** The row's labels (its text cells before the first figure), published wording first. */
  static String rowLabel(TableRow published, TableRow rebuilt) {
    String label = published == null ? "" : labelOf(published);
    return label.isEmpty() && rebuilt != null ? labelOf(rebuilt) : label;
  }

  private static String labelOf(TableRow row) {
    List<String> parts = new ArrayList<>();
    for (TableCell cell : row.cells()) {
      if (cell.isMoney()) {
        break;
      }
      if (!cell.text().isBlank() && parts.size() < 3) {
        parts.add(cell.text().strip());
      }
    }
    return String.join(" / ", parts);
  }

  static String columnLabel(DisclosureTable published, DisclosureTable rebuilt, String key) {
    for (DisclosureTable table : new DisclosureTable[] {rebuilt, published}) {
      if (table != null) {
        for (Column column : table.columns()) {
          if (column.key().equals(key)) {
            return column.label();
          }
        }
      }
    }
    return key;
  }

  /** What the document printed: its own text where known. */
  static String shown(TableCell published, TableSet set) {
    if (published == null) {
      return "";
    }
    if (published.source() instanceof CellSource.Printed printed && published.isMoney()) {
      return printed.text();
    }
    return published.isMoney() ? published.display(set.decimalsOf(published)) : published.text();
  }

  /** A rebuilt figure in full in its table's unit (2 decimals of 元, 6 of 万元) or its text. */
  static String exactText(TableCell rebuilt, MoneyUnit unit) {
    return rebuilt.isMoney() ? unit.exact(rebuilt.amount()) : rebuilt.text();
  }
}
