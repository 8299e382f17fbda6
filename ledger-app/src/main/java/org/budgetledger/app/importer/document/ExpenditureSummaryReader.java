package org.budgetledger.app.importer.document;

import java.util.ArrayList;
import java.util.List;
import org.budgetledger.app.importer.problem.ProblemKind;

/** Reads 支出总表: three classification cells, then the amounts from the header's 合计 column. */
final class ExpenditureSummaryReader {
  private static final String[] CODES = {"支出功能分类科目", "政府支出经济分类科目", "部门支出经济分类科目"};
  private static final String[] AMOUNTS = {"合计", "基本支出", "项目支出", "事业单位经营支出", "上缴上级支出", "对附属单位补助支出"};

  private ExpenditureSummaryReader() {}

  static ExpenditureSummary read(TableBody body, Problems problems, DecimalsTally tally) {
    CellReader reader = new CellReader(problems, body, tally);
    List<SourceLine> headers = new ArrayList<>();
    boolean headerChecked = false;
    List<ExpenditureSummaryRow> rows = new ArrayList<>();
    ExpenditureSummaryRow total = null;
    for (SourceLine row : body.rows()) {
      List<String> cells = row.cells();
      if (Rows.isEmpty(cells)) {
        continue;
      }
      int offset = Rows.columnOf(headers, "合计");
      // the label columns are those before 合计: a header row naming 合计 is no total row
      boolean isTotal = offset > 0 && Rows.isTotal(cells, offset);
      if (Rows.isHeader(cells) && !isTotal) {
        headers.add(row);
        continue;
      }
      // a family that prints 支出总表 by function only (no economic codes) has 合计 second
      if (offset != CODES.length && offset != 1) {
        reader.problem(
            row,
            "合计",
            ProblemKind.HEADER_MISSING,
            "合计",
            "header does not put 合计 after the three classifications");
        continue;
      }
      CodedName[] codes = new CodedName[CODES.length];
      boolean readable = true;
      for (int i = 0; i < offset && !isTotal; i++) {
        codes[i] = CodedName.parse(CellReader.text(cells, i)).orElse(null);
        if (codes[i] == null) {
          reader.problem(row, CODES[i], ProblemKind.NOT_A_CODE, CellReader.text(cells, i));
          readable = false;
        }
      }
      if (!headerChecked) {
        HeaderOrder.check(headers, offset, AMOUNTS, reader);
        headerChecked = true;
      }
      PublishedAmount[] amounts = reader.amounts(row, cells, offset, AMOUNTS);
      ExpenditureSummaryRow read =
          new ExpenditureSummaryRow(
              codes[0],
              codes[1],
              codes[2],
              amounts[0],
              amounts[1],
              amounts[2],
              amounts[3],
              amounts[4],
              amounts[5],
              row.lineNo());
      if (isTotal) {
        total = read;
      } else if (readable) {
        rows.add(read);
      }
    }
    List<String> functions =
        rows.stream().map(r -> r.function() == null ? "" : r.function().code()).toList();
    List<ExpenditureSummaryRow> lines = new ArrayList<>();
    List<ExpenditureSummaryRow> subtotals = new ArrayList<>();
    for (ExpenditureSummaryRow row : rows) {
      (isSubtotal(row, functions) ? subtotals : lines).add(row);
    }
    return new ExpenditureSummary(body.heading(), lines, total, subtotals);
  }

  /**
   * A 类 or 款 row by function only (3 or 5 digits, no economic code) with longer codes under it
   * among the rows: the sum of its items, not a line.
   */
  private static boolean isSubtotal(ExpenditureSummaryRow row, List<String> functions) {
    if (row.function() == null || row.govEconomic() != null || row.deptEconomic() != null) {
      return false;
    }
    String code = row.function().code();
    return code.length() < 7
        && functions.stream().anyMatch(c -> c.length() > code.length() && c.startsWith(code));
  }
}
