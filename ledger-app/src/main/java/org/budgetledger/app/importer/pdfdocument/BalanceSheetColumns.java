package org.budgetledger.app.importer.pdfdocument;

import java.util.ArrayList;
import java.util.List;

/**
 * The four columns a 收支总表 (or 财政拨款收支总表) is read in: income label, its amount, spending label, its
 * amount. A column holding figures is an amount, one holding words and no figure a label; the
 * income label is the first label column, its amount the first amount column after it, the spending
 * label the next label column, its amount the first amount column after that. So a column of money
 * the family does not print (another fund's 预算数 beside the income amount) is never read as the
 * spending label or amount: it is left out and named ({@link UnreadColumns}). A table whose columns
 * do not show that shape is read by position, a printed row number (序号) not counted, as before.
 */
final class BalanceSheetColumns {
  private BalanceSheetColumns() {}

  /** The columns read, {@code -1} where the table has none. */
  static List<Integer> of(PublishedGrid grid) {
    List<Integer> positional = new ArrayList<>();
    for (int c = 0; c < grid.measures().size(); c++) {
      if (!"rowNumber".equals(grid.measures().get(c))) {
        positional.add(c);
      }
    }
    while (positional.size() < 4) {
      positional.add(-1);
    }
    int incomeLabel = next(grid, positional, -1, false);
    int incomeAmount = next(grid, positional, incomeLabel, true);
    int spendingLabel = next(grid, positional, incomeAmount, false);
    int spendingAmount = next(grid, positional, spendingLabel, true);
    if (incomeLabel < 0 || incomeAmount < 0 || spendingLabel < 0 || spendingAmount < 0) {
      return positional;
    }
    return List.of(incomeLabel, incomeAmount, spendingLabel, spendingAmount);
  }

  /** The first column after {@code after} holding figures ({@code amount}) or only words. */
  private static int next(PublishedGrid grid, List<Integer> columns, int after, boolean amount) {
    if (after < 0 && amount) {
      return -1;
    }
    for (int c : columns) {
      if (c > after && (amount ? holdsFigures(grid, c) : holdsWordsOnly(grid, c))) {
        return c;
      }
    }
    return -1;
  }

  private static boolean holdsFigures(PublishedGrid grid, int column) {
    return grid.rows().stream()
        .flatMap(List::stream)
        .anyMatch(c -> c.column() == column && c.isMoney());
  }

  private static boolean holdsWordsOnly(PublishedGrid grid, int column) {
    return !holdsFigures(grid, column)
        && grid.rows().stream()
            .flatMap(List::stream)
            .anyMatch(c -> c.column() == column && !c.text().isBlank());
  }
}
