package org.budgetledger.app.importer.document;

import java.util.ArrayList;
import java.util.List;
import org.budgetledger.app.importer.problem.ProblemKind;

/**
 * Reads 政府性基金 and 国有资本经营 支出表: the function as one {@code code-name} cell (district) or as code and
 * name cells (municipal), told by the header's 合计 column; then 合计, 基本, 项目. A 类 or 款 row above its
 * items is set apart as a subtotal, compared with the items summed, never a line.
 */
final class FunctionExpenditureReader {
  private static final String[] AMOUNTS = {"合计", "基本支出", "项目支出"};

  private FunctionExpenditureReader() {}

  static FunctionExpenditureTable read(TableBody body, Problems problems, DecimalsTally tally) {
    CellReader reader = new CellReader(problems, body, tally);
    List<SourceLine> headers = new ArrayList<>();
    boolean headerChecked = false;
    List<FunctionExpenditureRow> rows = new ArrayList<>();
    FunctionExpenditureRow total = null;
    for (SourceLine row : body.rows()) {
      List<String> cells = row.cells();
      if (Rows.isEmpty(cells)) {
        continue;
      }
      int offset = Rows.columnOf(headers, "合计");
      boolean isTotal = Rows.isTotal(cells, Math.max(offset, 1));
      if (Rows.isHeader(cells) && !isTotal) {
        headers.add(row);
        continue;
      }
      if (offset < 1) {
        reader.problem(
            row, "合计", ProblemKind.HEADER_MISSING, "合计", "no header placing 合计 after the function");
        continue;
      }
      if (!headerChecked) {
        HeaderOrder.check(headers, offset, AMOUNTS, reader);
        headerChecked = true;
      }
      PublishedAmount[] amounts = reader.amounts(row, cells, offset, AMOUNTS);
      if (isTotal) {
        total =
            new FunctionExpenditureRow(
                null, null, amounts[0], amounts[1], amounts[2], row.lineNo());
        continue;
      }
      CodedName function =
          offset == 1
              ? CodedName.parse(CellReader.text(cells, 0)).orElse(null)
              : new CodedName(
                  Texts.compact(CellReader.text(cells, 0)),
                  Texts.debreak(CellReader.text(cells, 1)));
      if (function == null || !function.code().matches("\\d{3}|\\d{5}|\\d{7}")) {
        reader.problem(row, "功能分类科目", ProblemKind.NOT_A_CODE, CellReader.text(cells, 0));
        continue;
      }
      rows.add(
          new FunctionExpenditureRow(
              function.code(), function.name(), amounts[0], amounts[1], amounts[2], row.lineNo()));
    }
    List<FunctionExpenditureRow> lines = new ArrayList<>();
    List<FunctionExpenditureRow> subtotals = new ArrayList<>();
    for (FunctionExpenditureRow row : rows) {
      (isSubtotal(row, rows) ? subtotals : lines).add(row);
    }
    return new FunctionExpenditureTable(
        body.heading(), lines, total, body.notApplicable(), subtotals);
  }

  /**
   * A 类 or 款 row printed above its items (a longer code under it among the rows): their sum, not a
   * line. A 类 printed with nothing under it (Xi'an's fund table by 类) stays a row of the table.
   */
  private static boolean isSubtotal(FunctionExpenditureRow row, List<FunctionExpenditureRow> rows) {
    String code = row.functionCode();
    return code.length() < 7
        && rows.stream()
            .map(FunctionExpenditureRow::functionCode)
            .anyMatch(c -> c.length() > code.length() && c.startsWith(code));
  }
}
