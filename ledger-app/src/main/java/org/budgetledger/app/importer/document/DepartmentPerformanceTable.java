package org.budgetledger.app.importer.document;

import java.util.List;

/**
 * 部门整体支出绩效目标表: the department, 预算支出总额 and the other amounts of the funding block as printed, the
 * overall goal (整体绩效目标), 其他说明, and the activity rows in document order.
 */
public record DepartmentPerformanceTable(
    TableHeading heading,
    String departmentName,
    PublishedAmount budgetTotal,
    List<FundingCell> funding,
    String overallGoal,
    String otherNotes,
    List<ActivityRow> activities) {
  public DepartmentPerformanceTable {
    funding = List.copyOf(funding);
    activities = List.copyOf(activities);
  }
}
