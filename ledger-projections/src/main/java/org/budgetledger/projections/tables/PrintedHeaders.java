package org.budgetledger.projections.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Puts a family's printed column headers on a rebuilt table: each leaf column whose key the family
 * prints under other words ({@code 事业单位经营收入} for 事业单位经营收入, {@code 一般公共预算} for 一般公共预算资金) takes them,
 * in its {@link Column} and in the lowest header cell that spans it alone. A header whose cells do
 * not lay out over the columns keeps its words.
 */
final class PrintedHeaders {
  private PrintedHeaders() {}

  static DisclosureTable rename(DisclosureTable table, Map<String, String> printed) {
    if (printed.isEmpty()) {
      return table;
    }
    List<Column> columns = new ArrayList<>();
    for (Column c : table.columns()) {
      columns.add(new Column(c.key(), printed.getOrDefault(c.key(), c.label())));
    }
    List<List<HeaderCell>> header = renamedHeader(table, columns);
    return new DisclosureTable(
        table.kind(),
        table.number(),
        table.title(),
        table.unitLabel(),
        header,
        columns,
        table.rows(),
        table.notes(),
        table.inYuan(),
        table.decimals());
  }

  private static List<List<HeaderCell>> renamedHeader(DisclosureTable table, List<Column> renamed) {
    List<List<HeaderCell>> header = table.header();
    int width = table.columns().size();
    int[][] leaf = leaves(header, width);
    if (leaf == null) {
      return header;
    }
    List<List<HeaderCell>> copy = new ArrayList<>();
    header.forEach(row -> copy.add(new ArrayList<>(row)));
    for (int c = 0; c < width; c++) {
      String old = table.columns().get(c).label();
      if (leaf[c] == null || old.equals(renamed.get(c).label())) {
        continue;
      }
      HeaderCell cell = copy.get(leaf[c][0]).get(leaf[c][1]);
      // only the cell that prints this column's own label is its leaf
      if (cell.text().equals(old)) {
        copy.get(leaf[c][0])
            .set(
                leaf[c][1], new HeaderCell(renamed.get(c).label(), cell.colSpan(), cell.rowSpan()));
      }
    }
    return copy.stream().map(List::copyOf).toList();
  }

  /**
   * Per column, the {row, index} of the lowest header cell spanning it alone; null when the cells
   * do not fill the columns (a header laid out otherwise).
   */
  private static int[][] leaves(List<List<HeaderCell>> header, int width) {
    int height = header.size();
    boolean[][] taken = new boolean[height][width];
    int[][] leaf = new int[width][];
    int[] bottom = new int[width];
    java.util.Arrays.fill(bottom, -1);
    for (int r = 0; r < height; r++) {
      int col = 0;
      List<HeaderCell> row = header.get(r);
      for (int i = 0; i < row.size(); i++) {
        HeaderCell cell = row.get(i);
        while (col < width && taken[r][col]) {
          col++;
        }
        if (col + cell.colSpan() > width) {
          return null;
        }
        for (int rr = r; rr < Math.min(height, r + cell.rowSpan()); rr++) {
          for (int cc = col; cc < col + cell.colSpan(); cc++) {
            taken[rr][cc] = true;
          }
        }
        int last = r + cell.rowSpan() - 1;
        if (cell.colSpan() == 1 && last > bottom[col]) {
          bottom[col] = last;
          leaf[col] = new int[] {r, i};
        }
        col += cell.colSpan();
      }
    }
    return leaf;
  }
}
