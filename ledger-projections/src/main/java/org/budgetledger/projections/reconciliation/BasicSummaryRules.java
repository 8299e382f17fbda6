package org.budgetledger.projections.reconciliation;

import static org.budgetledger.projections.tables.TableKind.BASIC_EXPENDITURE_SUMMARY;

import java.util.List;
import org.budgetledger.projections.tables.CellSource;
import org.budgetledger.projections.tables.RowType;
import org.budgetledger.projections.tables.TableCell;
import org.budgetledger.projections.tables.TableRow;
import org.budgetledger.projections.tables.basicexpendituresummary.FundColumns;

/**
 * Rule 6 of DOMAIN §5 for a family's 基本支出总表 (unit × 类, and 款 where printed, × fund column): every
 * row's 合计 is 财政拨款 + 财政专户 + 其他资金 and its 财政拨款 the three fiscal funds; column by column the units
 * add up to the 合计 row, a unit's row to its 类 rows (a 款 printed under its 类 counts in the 类, not
 * the unit) and a 类 printed with its 款 to those. On the rebuilt table the rows recorded as the
 * published table printed them ({@code EconomicAllocation}, {@code BasicAllocation}) are held to
 * the rows of the lines, so a printed split that misses the money is a finding; rows that all sum
 * ledger legs add up by construction (a row the rebuilt table leaves out, money without a code,
 * would make them seem not to) and are not checked. A column either side does not determine is not
 * checked ({@link ReconciliationRules}).
 */
final class BasicSummaryRules {
  private static final String T = "基本支出总表";

  private BasicSummaryRules() {}

  static void check(Figures f, List<RuleCheck> out) {
    if (!f.has(BASIC_EXPENDITURE_SUMMARY)) {
      return;
    }
    var t = BASIC_EXPENDITURE_SUMMARY;
    List<TableRow> rows = f.rows(t, r -> true);
    fundSums(f, rows, out);
    List<TableRow> units = rows.stream().filter(r -> r.type() == RowType.SUBTOTAL).toList();
    if (units.isEmpty()) {
      return;
    }
    List<TableRow> total = f.rows(t, r -> r.key().equals("total"));
    if (total.size() == 1
        && !(fromLegs(total.get(0)) && units.stream().allMatch(BasicSummaryRules::fromLegs))) {
      for (FundColumns c : FundColumns.values()) {
        out.add(
            RuleCheck.of(
                6,
                T + " 各单位之和 = 合计行（" + c.header() + "）",
                List.of(f.of(t, "total", c.key())),
                f.column(t, units, c.key())));
      }
    }
    RowChecks unitSums = new RowChecks(6, T + " 单位行 = 其各类之和");
    RowChecks classSums = new RowChecks(6, T + " 类 = 其各款之和");
    for (TableRow unit : units) {
      List<TableRow> own = rows.stream().filter(r -> r.key().startsWith(unit.key() + "|")).toList();
      List<TableRow> members = own.stream().filter(r -> !isItemOfPrintedClass(r, own)).toList();
      if (!members.isEmpty()
          && !(fromLegs(unit) && members.stream().allMatch(BasicSummaryRules::fromLegs))) {
        for (FundColumns c : FundColumns.values()) {
          unitSums.add(
              unit.key() + " " + c.header(),
              List.of(f.of(t, unit.key(), c.key())),
              f.column(t, members, c.key()));
        }
      }
      for (TableRow k : members) {
        List<TableRow> items = own.stream().filter(r -> isItemOf(r, k)).toList();
        if (items.isEmpty()
            || (fromLegs(k) && items.stream().allMatch(BasicSummaryRules::fromLegs))) {
          continue;
        }
        for (FundColumns c : FundColumns.values()) {
          classSums.add(
              k.key() + " " + c.header(),
              List.of(f.of(t, k.key(), c.key())),
              f.column(t, items, c.key()));
        }
      }
    }
    unitSums.addTo(out);
    classSums.addTo(out);
  }

  /**
   * 合计 = 财政拨款 + 财政专户 + 其他资金 and 财政拨款 = its three budgets, row by row. A rebuilt row recorded as
   * printed is not checked: its columns are the printed ones (the published row's check is this
   * one), or sums of them, and its 合计 may hold money of a column the canonical table has no place
   * for (Shenzhen's 上年结余、结转), which no other column holds.
   */
  private static void fundSums(Figures f, List<TableRow> rows, List<RuleCheck> out) {
    var t = BASIC_EXPENDITURE_SUMMARY;
    RowChecks sources = new RowChecks(6, T + " 合计 = 财政拨款 + 财政专户管理资金 + 其他资金");
    RowChecks fiscal = new RowChecks(6, T + " 财政拨款 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算");
    for (TableRow row : rows) {
      if (recorded(row)) {
        continue;
      }
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
  }

  private static boolean isItemOfPrintedClass(TableRow row, List<TableRow> own) {
    return own.stream().anyMatch(k -> isItemOf(row, k));
  }

  /** Whether {@code row} is a 款 of the 类 row {@code k}: its code extends the 类's 3 digits. */
  private static boolean isItemOf(TableRow row, TableRow k) {
    String cls = code(k);
    String item = code(row);
    return cls.length() == 3 && item.length() == 5 && item.startsWith(cls);
  }

  /** Whether the row holds figures recorded as the document printed them. */
  private static boolean recorded(TableRow row) {
    return row.cells().stream()
        .filter(TableCell::isMoney)
        .anyMatch(c -> c.source() instanceof CellSource.Allocated);
  }

  /** Whether the row sums ledger legs rather than figures recorded as the document printed them. */
  private static boolean fromLegs(TableRow row) {
    return row.cells().stream()
        .filter(TableCell::isMoney)
        .anyMatch(c -> c.source() instanceof CellSource.Legs);
  }

  /** The code of a unit's row {@code <unit>|<code>}; empty for any other row. */
  private static String code(TableRow row) {
    int bar = row.key().lastIndexOf('|');
    return bar < 0 ? "" : row.key().substring(bar + 1).replaceAll("#\\d+$", "");
  }
}
