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
    List<FunctionSpendingRow> rows = new ArrayList<>();
    FunctionSpendingRow total = null;
    for (MeasuredRows.Row row :
        MeasuredRows.read(
            body, reader, AMOUNTS, o -> o == 2, "no header placing 合计 after code and name")) {
      PublishedAmount[] a = row.amounts();
      String code = row.total() ? null : Texts.compact(row.text(0));
      if (!row.total() && !code.matches("\\d{3}|\\d{5}|\\d{7}")) {
        reader.problem(row.line(), "功能分类科目", ProblemKind.NOT_A_CODE, row.text(0));
        continue;
      }
      FunctionSpendingRow read =
          new FunctionSpendingRow(
              code,
              row.total() ? null : Texts.debreak(row.text(1)),
              a[0],
              a[1],
              a[2],
              a[3],
              a[4],
              row.line().lineNo());
      if (row.total()) {
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
