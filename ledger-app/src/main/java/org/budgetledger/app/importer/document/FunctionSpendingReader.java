package org.budgetledger.app.importer.document;

import java.util.ArrayList;
import java.util.List;
import org.budgetledger.app.importer.problem.ProblemKind;

/**
 * Reads a table of spending by function (科目编码, 科目名称, 合计, 基本支出, 人员经费, 公用经费, 项目支出): a 3- or 5-digit
 * row with longer codes under it is a subtotal, every other coded row an item.
 */
final class FunctionSpendingReader {
  private static final String[] AMOUNTS = {"合计", "基本支出", "人员经费", "公用经费", "项目支出"};

  private FunctionSpendingReader() {}

  static FunctionSpending read(TableBody body, Problems problems, DecimalsTally tally) {
    CellReader reader = new CellReader(problems, body, tally);
    List<SourceLine> headers = new ArrayList<>();
    boolean headerChecked = false;
    List<FunctionSpendingRow> rows = new ArrayList<>();
    FunctionSpendingRow total = null;
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
      if (offset != 2) {
        reader.problem(
            row,
            "合计",
            ProblemKind.HEADER_MISSING,
            "合计",
            "no header placing 合计 after code and name");
        continue;
      }
      if (!headerChecked) {
        HeaderOrder.check(headers, offset, AMOUNTS, reader);
        headerChecked = true;
      }
      PublishedAmount[] a = reader.amounts(row, cells, offset, AMOUNTS);
      String code = isTotal ? null : Texts.compact(CellReader.text(cells, 0));
      if (!isTotal && !code.matches("\\d{3}|\\d{5}|\\d{7}")) {
        reader.problem(row, "功能分类科目", ProblemKind.NOT_A_CODE, CellReader.text(cells, 0));
        continue;
      }
      FunctionSpendingRow read =
          new FunctionSpendingRow(
              code,
              isTotal ? null : Texts.debreak(CellReader.text(cells, 1)),
              a[0],
              a[1],
              a[2],
              a[3],
              a[4],
              row.lineNo());
      if (isTotal) {
        total = read;
      } else {
        rows.add(read);
      }
    }
    List<FunctionSpendingRow> items = new ArrayList<>();
    List<FunctionSpendingRow> subtotals = new ArrayList<>();
    for (FunctionSpendingRow row : rows) {
      (isSubtotal(row, rows) ? subtotals : items).add(row);
    }
    return new FunctionSpending(body.heading(), items, subtotals, total);
  }

  /** A 类 or 款 row with longer codes under it among the rows: the sum of its items, not a line. */
  private static boolean isSubtotal(FunctionSpendingRow row, List<FunctionSpendingRow> rows) {
    String code = row.functionCode();
    return code.length() < 7
        && rows.stream()
            .map(FunctionSpendingRow::functionCode)
            .anyMatch(c -> c.length() > code.length() && c.startsWith(code));
  }
}
