package org.budgetledger.app.importer.document;

import java.util.List;
import org.budgetledger.app.importer.problem.ProblemKind;

/**
 * The tables of the disclosure format are read by position from the header's 合计 column. A document
 * printing one column more (another fund's 预算数 after 合计) or two in the other order (人员经费 before
 * 基本支出's 小计) would put figures under the wrong column. A header cell that reads exactly a word of
 * the table's columns, at a position where the table prints another of them, is a problem naming
 * the header line and the column, so the import is refused, never read one column off.
 */
final class HeaderOrder {
  private HeaderOrder() {}

  /**
   * @param amounts the table's amount columns from 合计 on, as the reader names them ({@code
   *     基本支出/小计}: a parent word and a leaf; 小计 alone says nothing of the column)
   */
  static void check(List<SourceLine> headers, int offset, String[] amounts, CellReader reader) {
    for (SourceLine header : headers) {
      List<String> cells = header.cells();
      for (int i = offset; i < cells.size(); i++) {
        String word = Texts.compact(cells.get(i));
        int expected = columnNamed(amounts, word);
        if (expected >= 0 && expected != i - offset) {
          reader.problem(
              header,
              "第 " + (i + 1) + " 列",
              ProblemKind.HEADER_MISSING,
              amounts[expected],
              "header cell '"
                  + word
                  + "' at column "
                  + (i + 1)
                  + " is not where the table prints it");
        }
      }
    }
  }

  private static int columnNamed(String[] amounts, String word) {
    for (int j = 0; j < amounts.length; j++) {
      for (String part : amounts[j].split("/")) {
        if (part.equals(word) && !part.equals("小计")) {
          return j;
        }
      }
    }
    return -1;
  }
}
