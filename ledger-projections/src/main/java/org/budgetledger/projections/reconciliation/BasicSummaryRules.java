package org.budgetledger.projections.reconciliation;

import static org.budgetledger.projections.tables.TableKind.BASIC_EXPENDITURE_SUMMARY;

import java.util.ArrayList;
import java.util.List;
import org.budgetledger.projections.tables.CellSource;
import org.budgetledger.projections.tables.Column;
import org.budgetledger.projections.tables.RowType;
import org.budgetledger.projections.tables.TableCell;
import org.budgetledger.projections.tables.TableRow;

/**
 * Rule 6 of DOMAIN §5 for 基本支出总表 by unit and 部门经济分类: in every fund column a unit's row is the sum
 * of its 类 rows, a 类 printed with its 款 the sum of those, and the units add up to the 合计 row. On
 * the rebuilt table a unit's row comes from its lines and its 类 and 款 rows from what the table
 * allocated ({@code EconomicAllocation}), so a printed split that does not add up to the unit's
 * money is a finding. A column either side does not determine is not checked ({@link
 * ReconciliationRules}).
 */
final class BasicSummaryRules {
  private static final String T = "基本支出总表";

  private BasicSummaryRules() {}

  static void check(Figures f, List<RuleCheck> out) {
    var t = BASIC_EXPENDITURE_SUMMARY;
    List<TableRow> rows = f.rows(t, r -> true);
    List<String> columns =
        f.columns(t).stream().map(Column::key).filter(k -> !k.equals("item")).toList();
    if (rows.isEmpty() || columns.isEmpty()) {
      return;
    }
    RowChecks units = new RowChecks(6, T + " 单位行 = 其各类之和");
    RowChecks classes = new RowChecks(6, T + " 类 = 其各款之和");
    List<TableRow> unitRows = rows.stream().filter(r -> r.type() == RowType.SUBTOTAL).toList();
    for (TableRow unit : unitRows) {
      List<TableRow> own = rows.stream().filter(r -> r.key().startsWith(unit.key() + "|")).toList();
      List<TableRow> cls = own.stream().filter(r -> code(r).length() == 3).toList();
      if (cls.isEmpty() || cls.stream().allMatch(BasicSummaryRules::fromLegs)) {
        continue;
      }
      for (String c : columns) {
        units.add(unit.key() + " " + c, List.of(f.of(t, unit.key(), c)), f.column(t, cls, c));
      }
      for (TableRow k : cls) {
        List<TableRow> items =
            own.stream().filter(r -> code(r).length() == 5 && code(r).startsWith(code(k))).toList();
        boolean printed = !items.isEmpty() && !fromLegs(k);
        for (String c : printed ? columns : List.<String>of()) {
          classes.add(k.key() + " " + c, List.of(f.of(t, k.key(), c)), f.column(t, items, c));
        }
      }
    }
    units.addTo(out);
    classes.addTo(out);
    List<TableRow> total = f.rows(t, r -> r.key().equals("total"));
    if (!unitRows.isEmpty() && total.size() == 1 && !fromLegs(total.get(0))) {
      List<RuleCheck> totals = new ArrayList<>();
      for (String c : columns) {
        totals.add(
            RuleCheck.of(
                6,
                T + " 各单位之和 = 合计行（" + c + "）",
                List.of(f.of(t, "total", c)),
                f.column(t, unitRows, c)));
      }
      out.addAll(totals);
    }
  }

  /**
   * Whether the row sums ledger legs: rows of the same legs add up by construction (a row the
   * published table does not print, money without a code, may be left out of the rebuilt table), so
   * only rows the document printed, or recorded as it printed them, are checked.
   */
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
