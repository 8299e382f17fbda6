package org.budgetledger.app.export;

import java.util.ArrayList;
import java.util.List;
import org.budgetledger.projections.tables.HeaderCell;

/**
 * Places a multi-level header as an HTML table would: each header row fills the columns left free
 * by the cells above that span down into it.
 */
public final class HeaderGrid {
  private HeaderGrid() {}

  public static List<PlacedHeader> place(List<List<HeaderCell>> header, int columns) {
    boolean[][] taken = new boolean[header.size()][columns];
    List<PlacedHeader> placed = new ArrayList<>();
    for (int r = 0; r < header.size(); r++) {
      int c = 0;
      for (HeaderCell cell : header.get(r)) {
        while (c < columns && taken[r][c]) {
          c++;
        }
        if (c >= columns) {
          throw new IllegalStateException(
              "header row "
                  + r
                  + " is wider than the table's "
                  + columns
                  + " columns at '"
                  + cell.text()
                  + "'");
        }
        int rows = Math.min(cell.rowSpan(), header.size() - r);
        int cols = Math.min(cell.colSpan(), columns - c);
        for (int i = r; i < r + rows; i++) {
          for (int j = c; j < c + cols; j++) {
            taken[i][j] = true;
          }
        }
        placed.add(new PlacedHeader(cell.text(), r, c, rows, cols));
        c += cols;
      }
    }
    return placed;
  }
}
