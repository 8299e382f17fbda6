package org.budgetledger.app.inquiry.diff;

import java.util.List;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.projections.entries.PointInTime;

/** Which tables of a department changed between two points, and by how much. */
public record DepartmentChanges(
    BudgetId budgetId,
    PointInTime from,
    PointInTime to,
    List<TableChangeSummary> tables,
    String message) {
  public DepartmentChanges {
    tables = List.copyOf(tables);
  }
}
