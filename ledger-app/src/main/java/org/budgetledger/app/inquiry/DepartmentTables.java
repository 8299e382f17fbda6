package org.budgetledger.app.inquiry;

import java.util.List;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.projections.entries.PointInTime;
import org.budgetledger.projections.tables.DisclosureTable;

/**
 * Disclosure tables of one department at one point in time, with what an export prints around them:
 * the department's name and the decimals of 万元 its document shows.
 */
public record DepartmentTables(
    BudgetId budgetId,
    String departmentName,
    int decimals,
    PointInTime at,
    List<DisclosureTable> tables) {
  public DepartmentTables {
    tables = List.copyOf(tables);
  }
}
