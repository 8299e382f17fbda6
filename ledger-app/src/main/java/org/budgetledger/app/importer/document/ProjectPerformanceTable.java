package org.budgetledger.app.importer.document;

import java.util.List;

/**
 * 项目支出绩效表, merged over its pages: project groups in document order. A project code may appear in
 * two groups with different totals (one per unit, most likely): both are kept.
 */
public record ProjectPerformanceTable(TableHeading heading, List<ProjectGroup> groups) {
  public ProjectPerformanceTable {
    groups = List.copyOf(groups);
  }

  public int indicatorCount() {
    return groups.stream().mapToInt(g -> g.indicators().size()).sum();
  }
}
