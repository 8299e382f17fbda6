package org.budgetledger.app.importer.document;

import java.util.List;

/**
 * 项目支出表 as the document prints it: each project (and, where the table lists projects unit by unit,
 * each unit's subtotal row) by fund source, and its 合计 row (null where not printed).
 */
public record ProjectExpenditure(
    TableHeading heading, List<ProjectExpenditureRow> rows, ProjectExpenditureRow total) {
  public ProjectExpenditure {
    rows = List.copyOf(rows);
  }

  /** The project rows, without the units' subtotals. */
  public List<ProjectExpenditureRow> projects() {
    return rows.stream().filter(r -> !r.unitSubtotal()).toList();
  }
}
