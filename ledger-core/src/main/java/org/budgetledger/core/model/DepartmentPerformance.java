package org.budgetledger.core.model;

import java.util.List;

/** 部门整体支出绩效目标: the overall goal and the activities' indicators. Money comes from the ledger. */
public record DepartmentPerformance(
    String overallGoal, String otherNotes, List<ActivityIndicator> indicators) {
  public DepartmentPerformance {
    overallGoal = overallGoal == null ? "" : overallGoal.strip();
    otherNotes = otherNotes == null ? "" : otherNotes.strip();
    indicators = List.copyOf(indicators);
  }
}
