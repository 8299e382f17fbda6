package org.budgetledger.app.importer.document;

import java.util.List;

/** 支出总表: its rows in document order and the 合计 row (null when not printed). */
public record ExpenditureSummary(
    TableHeading heading, List<ExpenditureSummaryRow> rows, ExpenditureSummaryRow total) {
  public ExpenditureSummary {
    rows = List.copyOf(rows);
  }
}
