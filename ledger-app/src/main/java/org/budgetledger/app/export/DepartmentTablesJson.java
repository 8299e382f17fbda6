package org.budgetledger.app.export;

import java.util.List;
import org.budgetledger.app.inquiry.DepartmentTables;
import org.budgetledger.projections.entries.PointInTime;

/** All tables of a department at one point in time, as JSON. */
public record DepartmentTablesJson(
    String budgetId, String departmentName, PointInTime at, List<TableJson> tables) {
  public static DepartmentTablesJson of(DepartmentTables set) {
    return new DepartmentTablesJson(
        set.budgetId().toString(),
        set.departmentName(),
        set.at(),
        set.tables().stream().map(t -> TableJson.of(t, set.decimals())).toList());
  }
}
