package org.budgetledger.projections.reconciliation;

import static org.budgetledger.projections.tables.TableKind.BASIC_EXPENDITURE_SUMMARY;

import java.util.List;
import org.budgetledger.projections.tables.RowType;
import org.budgetledger.projections.tables.TableRow;
import org.budgetledger.projections.tables.basicexpendituresummary.FundColumns;

/**
 * Rule 6 of DOMAIN §5 for a family's 基本支出总表 (unit × 类 × fund column): every row's 合计 is 财政拨款 + 财政专户
 * + 其他资金 and its 财政拨款 the three fiscal funds; the units add up to the 合计 row and each unit's 类 rows
 * to the unit's row, column by column. On the rebuilt table the units are the allocations the
 * published table gave them where the lines sit on no unit and the 合计 is the lines', so "units =
 * 合计" checks the one against the other; on the published table they check the printed figures.
 */
final class BasicSummaryRules {
  private static final String T = "基本支出总表";

  private BasicSummaryRules() {}

  static void check(Figures f, List<RuleCheck> out) {
    if (!f.has(BASIC_EXPENDITURE_SUMMARY)) {
      return;
    }
    var t = BASIC_EXPENDITURE_SUMMARY;
    RowChecks sources = new RowChecks(6, T + " 合计 = 财政拨款 + 财政专户管理资金 + 其他资金");
    RowChecks fiscal = new RowChecks(6, T + " 财政拨款 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算");
    for (TableRow row : f.rows(t, r -> true)) {
      String k = row.key();
      sources.add(
          k,
          List.of(f.of(t, k, "total")),
          List.of(f.of(t, k, "fiscal"), f.of(t, k, "specialAccount"), f.of(t, k, "other")));
      fiscal.add(
          k,
          List.of(f.of(t, k, "fiscal")),
          List.of(
              f.of(t, k, "generalBudget"),
              f.of(t, k, "governmentFund"),
              f.of(t, k, "stateCapital")));
    }
    sources.addTo(out);
    fiscal.addTo(out);
    List<TableRow> units = f.rows(t, r -> r.type() == RowType.SUBTOTAL);
    if (units.isEmpty()) {
      return;
    }
    for (FundColumns c : FundColumns.values()) {
      out.add(
          RuleCheck.of(
              6,
              T + " 各单位之和 = 合计行（" + c.header() + "）",
              List.of(f.of(t, "total", c.key())),
              f.column(t, units, c.key())));
    }
    RowChecks classes = new RowChecks(6, T + " 单位各类之和 = 单位行");
    for (TableRow unit : units) {
      List<TableRow> members = f.rows(t, Figures.keyStarts(unit.key() + "|"));
      if (members.isEmpty()) {
        continue;
      }
      for (FundColumns c : FundColumns.values()) {
        classes.add(
            unit.key() + " " + c.header(),
            List.of(f.of(t, unit.key(), c.key())),
            f.column(t, members, c.key()));
      }
    }
    classes.addTo(out);
  }
}
