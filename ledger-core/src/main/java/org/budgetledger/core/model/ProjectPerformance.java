package org.budgetledger.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A project's performance targets (项目支出绩效表 row group): the project, its unit (when the document
 * says), 项目总额 = 财政资金 + 其他资金, the goal (绩效目标) and the indicators.
 */
public record ProjectPerformance(
    UnitCode unit,
    ProjectRef project,
    Fen total,
    Fen fiscal,
    Fen other,
    String goal,
    List<PerformanceIndicator> indicators) {
  public ProjectPerformance {
    Objects.requireNonNull(project, "project");
    total = total == null ? Fen.ZERO : total;
    fiscal = fiscal == null ? Fen.ZERO : fiscal;
    other = other == null ? Fen.ZERO : other;
    goal = goal == null ? "" : goal.strip();
    indicators = List.copyOf(indicators);
  }
}
