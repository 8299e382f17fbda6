package org.budgetledger.app.importer.document;

import java.util.ArrayList;
import java.util.List;
import org.budgetledger.app.importer.problem.ProblemKind;

/**
 * Reads 基本支出总表: a 单位名称 cell ({@code code-name}, or 合计), a 类 cell ({@code 301-工资福利支出}, empty on a
 * unit's own row), then the fund columns of {@link BasicSummaryRow#COLUMNS}.
 */
final class BasicExpenditureSummaryReader {
  private static final String[] AMOUNTS = BasicSummaryRow.COLUMNS.toArray(String[]::new);

  private BasicExpenditureSummaryReader() {}

  static BasicExpenditureSummary read(TableBody body, Problems problems, DecimalsTally tally) {
    CellReader reader = new CellReader(problems, body, tally);
    List<SourceLine> headers = new ArrayList<>();
    List<BasicSummaryRow> rows = new ArrayList<>();
    BasicSummaryRow total = null;
    for (SourceLine row : body.rows()) {
      List<String> cells = row.cells();
      if (Rows.isEmpty(cells)) {
        continue;
      }
      int offset = Rows.columnOf(headers, "合计");
      boolean isTotal = offset > 0 && Rows.isTotal(cells, 1);
      if (Rows.isHeader(cells) && !isTotal) {
        headers.add(row);
        continue;
      }
      if (offset != 2) {
        reader.problem(
            row, "合计", ProblemKind.HEADER_MISSING, "合计", "header does not put 合计 after 单位 and 类");
        continue;
      }
      List<PublishedAmount> figures = List.of(reader.amounts(row, cells, offset, AMOUNTS));
      CodedName unit = CodedName.parse(CellReader.text(cells, 0)).orElse(null);
      String printedClass = CellReader.text(cells, 1);
      CodedName cls = CodedName.parse(printedClass).orElse(null);
      if (!printedClass.isBlank() && cls == null) {
        reader.problem(row, "部门支出经济分类科目", ProblemKind.NOT_A_CODE, printedClass);
        continue;
      }
      BasicSummaryRow read = new BasicSummaryRow(unit, cls, figures, row.lineNo());
      if (isTotal && cls == null) {
        total = read;
      } else if (unit == null && cls == null) {
        reader.problem(row, "单位名称", ProblemKind.NOT_A_CODE, CellReader.text(cells, 0));
      } else {
        rows.add(read);
      }
    }
    return new BasicExpenditureSummary(body.heading(), rows, total);
  }
}
