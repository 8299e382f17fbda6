package org.budgetledger.projections.reconciliation;

import static org.budgetledger.projections.tables.TableKind.THREE_PUBLIC_EXPENSES;

import java.util.List;
import org.budgetledger.projections.tables.TableCell;
import org.budgetledger.projections.tables.TableRow;

/**
 * Rule 7 of DOMAIN §5 for a 三公 table printed by unit (Shenzhen 63d734e6's 表9): the units' rows add
 * up to the department's row, item by item (因公出国, 公务接待, 公务用车购置 …, and the table's 合计), within the
 * rounding of rule 9: half a printed unit per rounded figure. The department's row is the table's
 * first, the units' follow (as {@link TagAndPerformanceRules} reads it); a table of one row has
 * nothing to add up.
 */
final class ThreePublicUnitRules {
  private ThreePublicUnitRules() {}

  static void check(Figures f, List<RuleCheck> out) {
    List<TableRow> rows = f.rows(THREE_PUBLIC_EXPENSES, r -> true);
    if (rows.size() < 2) {
      return;
    }
    TableRow department = rows.get(0);
    List<TableRow> units = rows.subList(1, rows.size());
    for (TableCell cell : department.cells()) {
      if (!cell.isMoney() && !cell.notPrinted()) {
        continue;
      }
      String item = cell.columnKey();
      out.add(
          RuleCheck.of(
              7,
              "“三公”经费 各单位行之和 = 部门行（" + item + "）",
              List.of(f.of(THREE_PUBLIC_EXPENSES, department.key(), item)),
              f.column(THREE_PUBLIC_EXPENSES, units, item)));
    }
  }
}
