package org.budgetledger.app.importer.document;

import java.util.List;

/**
 * 收入总表: department and unit rows (the district prints the department {@code 201} and its units
 * {@code 201001} …; the municipal format prints no row labels, only its 合计) and the total row.
 */
public record IncomeSummary(
    TableHeading heading, List<IncomeSummaryRow> rows, IncomeSummaryRow total) {
  public IncomeSummary {
    rows = List.copyOf(rows);
  }
}
