package org.budgetledger.app.importer.pdf;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a table's header ends: the body starts at the first row that carries a code, an amount or a
 * lone total (合计, 总计); the rows above it are the header. A table whose first rows carry none (a
 * form such as a 绩效目标 table) is read as having no header beyond a first row of labels.
 */
final class HeaderSplit {
  private static final Pattern AMOUNT = Pattern.compile("[-−]?(\\d[\\d,]*\\.\\d+|\\d[\\d,]{2,})");

  /** A code opens the cell (2050299, [2050299]名称, 2050299-名称); a year (2026年) is no code. */
  private static final Pattern CODE = Pattern.compile("^[\\[【]?\\d{3,}(?![\\d年月日%％])[\\]】]?.*");

  private static final Pattern TOTAL = Pattern.compile("(合计|总计|小计|收入总计|支出总计|总额)");
  private static final Pattern SMALL_NUMBER = Pattern.compile("\\d{1,2}|栏次|[甲乙丙丁]|\\*+");
  private static final int MAX_HEADER_ROWS = 6;

  private HeaderSplit() {}

  /** The index of the first body row ({@code rows.size()} when every row is header). */
  static int bodyStart(List<PdfRow> rows) {
    for (int r = 0; r < rows.size() && r <= MAX_HEADER_ROWS; r++) {
      if (isBody(rows.get(r))) {
        return r;
      }
    }
    if (rows.size() <= MAX_HEADER_ROWS) {
      return rows.size();
    }
    return labelRow(rows.get(0)) ? 1 : 0;
  }

  /**
   * A row with a code or an amount is body; so is a total row of an empty table (合计 and nothing
   * else), but not a header row naming 合计 as a column beside other columns.
   */
  static boolean isAmount(String text) {
    return AMOUNT.matcher(compact(text)).matches();
  }

  static boolean isBody(PdfRow row) {
    boolean total = false;
    boolean label = false;
    for (PdfCell cell : row.cells()) {
      String text = compact(cell.text());
      if (AMOUNT.matcher(text).matches() || CODE.matcher(text).matches()) {
        return true;
      }
      if (TOTAL.matcher(text).matches()) {
        total = true;
      } else if (!text.isEmpty()) {
        label = true;
      }
    }
    return total && !label;
  }

  /** A row of column numbers (1 2 3 …, 栏次, 甲 乙) is header but names nothing. */
  static boolean isNumbering(PdfRow row) {
    return row.cells().stream()
        .map(c -> compact(c.text()))
        .filter(t -> !t.isEmpty())
        .allMatch(t -> SMALL_NUMBER.matcher(t).matches());
  }

  private static boolean labelRow(PdfRow row) {
    return row.cells().stream().filter(c -> !c.isEmpty()).count() >= 2 && !isBody(row);
  }

  static String compact(String text) {
    return text.replaceAll("[\\s\u3000]+", "");
  }
}
