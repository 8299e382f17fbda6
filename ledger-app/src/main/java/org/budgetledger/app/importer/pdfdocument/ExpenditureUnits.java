package org.budgetledger.app.importer.pdfdocument;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.budgetledger.projections.tables.TableKind;

/**
 * A 支出总表 printed unit by unit (Shenzhen's: the department's row, then each unit's own row and its
 * rows by function under the 预算单位 column). The canonical 支出总表 holds one row per code, the units'
 * rows added up ({@link UnitBlocks}); the same grid is also written as the table of each unit's
 * spending ({@link TableKind#EXPENDITURE_BY_UNIT}), in 一般公共预算支出表's shape, so that every unit's rows
 * are margins of its own lines and compared with them. The rule is the table's shape: rows by
 * function of two or more units besides the department's (Xi'an's 支出总表 lists its units' totals
 * alone: nothing to write).
 */
final class ExpenditureUnits {
  private ExpenditureUnits() {}

  static boolean listed(PublishedGrid grid, String department, List<CodedRow> coded) {
    if (grid.kind() != TableKind.EXPENDITURE_SUMMARY) {
      return false;
    }
    Map<List<PublishedCell>, String> units = UnitBlocks.unitOfRows(grid, department);
    if (units.isEmpty()) {
      return false;
    }
    // the units of the rows by function (a table of units' totals alone has no rows to write)
    Set<String> named = new HashSet<>();
    coded.stream().filter(r -> !r.total()).map(r -> units.get(r.cells())).forEach(named::add);
    // the department's own row names the department: it is the table's 合计, no unit of its own
    grid.rows().stream().findFirst().map(units::get).ifPresent(named::remove);
    named.remove(null);
    return named.size() >= 2;
  }
}
