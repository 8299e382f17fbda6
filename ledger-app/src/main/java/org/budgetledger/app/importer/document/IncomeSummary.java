package org.budgetledger.app.importer.document;

import java.util.List;

/**
 * 收入总表: department and unit rows (the district prints the department {@code 201} and its units
 * {@code 201001} …; the municipal format prints no row labels, only its 合计), the total row, and
 * where a family prints income by 功能分类科目 its 类, 款 and 项 rows ({@code functionRows}: code as the
 * row's {@code code}, in printed order; empty otherwise); {@code units} the rows of a municipal
 * table printed by unit (a 单位名称 column, each row {@code code-name}, as a PDF family prints them
 * below its 合计): their income is recorded as printed, while the district's {@code rows} also say
 * which unit spends what.
 */
public record IncomeSummary(
    TableHeading heading,
    List<IncomeSummaryRow> rows,
    IncomeSummaryRow total,
    List<IncomeSummaryRow> functionRows,
    List<IncomeSummaryRow> units) {
  public IncomeSummary {
    rows = List.copyOf(rows);
    functionRows = List.copyOf(functionRows);
    units = List.copyOf(units);
  }

  /** A 收入总表 printed by department and unit only. */
  public IncomeSummary(TableHeading heading, List<IncomeSummaryRow> rows, IncomeSummaryRow total) {
    this(heading, rows, total, List.of(), List.of());
  }

  /** A 收入总表 with rows by 功能分类科目. */
  public IncomeSummary(
      TableHeading heading,
      List<IncomeSummaryRow> rows,
      IncomeSummaryRow total,
      List<IncomeSummaryRow> functionRows) {
    this(heading, rows, total, functionRows, List.of());
  }
}
