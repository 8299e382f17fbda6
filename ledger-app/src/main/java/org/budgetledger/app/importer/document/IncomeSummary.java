package org.budgetledger.app.importer.document;

import java.util.List;

/**
 * 收入总表: department and unit rows (the district prints the department {@code 201} and its units
 * {@code 201001} …; the municipal format prints no row labels, only its 合计), the total row, and
 * where a family prints income by 功能分类科目 its 类, 款 and 项 rows ({@code functionRows}: code as the
 * row's {@code code}, in printed order; empty otherwise).
 */
public record IncomeSummary(
    TableHeading heading,
    List<IncomeSummaryRow> rows,
    IncomeSummaryRow total,
    List<IncomeSummaryRow> functionRows) {
  public IncomeSummary {
    rows = List.copyOf(rows);
    functionRows = List.copyOf(functionRows);
  }

  /** A 收入总表 printed by department and unit only. */
  public IncomeSummary(TableHeading heading, List<IncomeSummaryRow> rows, IncomeSummaryRow total) {
    this(heading, rows, total, List.of());
  }
}
