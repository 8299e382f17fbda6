package org.budgetledger.app.importer.pdfdocument;

import java.util.ArrayList;
import java.util.List;

/**
 * A 收入总表 row the page broke: its first part the last row of one page, the rest the first row of the
 * next, which prints no 合计 of its own and fills only cells the part above fills too (a unit's name
 * continued, 杭州市机动 / 车驾驶员考试服务中心; a figure's last digit, 12,437.3 / 6). Every row of such a table
 * names a unit or a function and prints its 合计, so a first row without one is no row of its own:
 * its texts are joined to the part above, cell by cell, before any figure is read. A page whose
 * table is ruled at the top does not tell the break by its lines (the PDF reader joins only rows
 * under an open top), so it is told by the cells.
 */
final class PageBrokenRow {
  private PageBrokenRow() {}

  /**
   * Whether {@code rest}, the first row of a page, continues {@code above}, the last row of the
   * page before; {@code total} is the column of the table's 合计 (negative when it has none).
   */
  static boolean continues(List<String> above, List<String> rest, int total) {
    return total >= 0 && !blank(above, total) && blank(rest, total) && fillsOnlyAbove(above, rest);
  }

  /**
   * The row's texts joined to the part above, cell by cell (a cut text continues without a space).
   */
  static List<String> joined(List<String> above, List<String> rest) {
    List<String> out = new ArrayList<>();
    for (int c = 0; c < Math.max(above.size(), rest.size()); c++) {
      out.add(text(above, c).strip() + text(rest, c).strip());
    }
    return out;
  }

  private static boolean fillsOnlyAbove(List<String> above, List<String> rest) {
    boolean any = false;
    for (int c = 0; c < rest.size(); c++) {
      if (!blank(rest, c)) {
        if (blank(above, c)) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  private static boolean blank(List<String> texts, int column) {
    return text(texts, column).isBlank();
  }

  private static String text(List<String> texts, int column) {
    return column < texts.size() && texts.get(column) != null ? texts.get(column) : "";
  }
}
