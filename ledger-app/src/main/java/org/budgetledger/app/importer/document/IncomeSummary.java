package org.budgetledger.app.importer.document;

import java.util.List;

/**
 * 收入总表: department and unit rows (the district prints the department {@code 201} and its units
 * {@code 201001} …; the municipal format prints no row labels, only its 合计) and the total row;
 * {@code units} the rows of a municipal table printed by unit (a 单位名称 column, each row {@code
 * code-name}, as a PDF family prints them below its 合计): their income is recorded as printed, while
 * the district's {@code rows} also say which unit spends what.
 */
public record IncomeSummary(
    TableHeading heading,
    List<IncomeSummaryRow> rows,
    IncomeSummaryRow total,
    List<IncomeSummaryRow> units) {
  public IncomeSummary {
    rows = List.copyOf(rows);
    units = List.copyOf(units);
  }

  public IncomeSummary(TableHeading heading, List<IncomeSummaryRow> rows, IncomeSummaryRow total) {
    this(heading, rows, total, List.of());
  }
}
