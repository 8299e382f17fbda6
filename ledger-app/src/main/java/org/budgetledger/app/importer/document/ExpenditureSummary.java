package org.budgetledger.app.importer.document;

import java.util.List;

/**
 * 支出总表: its rows in document order, the 合计 row (null when not printed) and the 类 and 款 rows printed
 * above their items (by function only): subtotals compared with the items summed, never lines.
 */
public record ExpenditureSummary(
    TableHeading heading,
    List<ExpenditureSummaryRow> rows,
    ExpenditureSummaryRow total,
    List<ExpenditureSummaryRow> subtotals) {
  public ExpenditureSummary {
    rows = List.copyOf(rows);
    subtotals = List.copyOf(subtotals);
  }
}
