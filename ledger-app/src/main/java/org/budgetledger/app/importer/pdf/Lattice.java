package org.budgetledger.app.importer.pdf;

import java.util.List;

/**
 * A table's cell grid built from its rules: the x of each column boundary, the y of each row
 * boundary (top to bottom), and the cells, each covering one or more grid rows and columns. {@code
 * openTop} ({@code openBottom}): the columns' rules run on above the first (below the last)
 * horizontal rule, as where a row is cut by the page break and goes on on the next page.
 */
record Lattice(
    double[] xs, double[] ys, List<GridCell> cells, boolean openTop, boolean openBottom) {
  int columnCount() {
    return xs.length - 1;
  }

  int rowCount() {
    return ys.length - 1;
  }

  double left() {
    return xs[0];
  }

  double right() {
    return xs[xs.length - 1];
  }

  double top() {
    return ys[0];
  }

  double bottom() {
    return ys[ys.length - 1];
  }

  boolean contains(double x, double y) {
    return x >= left() && x <= right() && y >= top() && y <= bottom();
  }

  /** A cell of the grid: first row and column, and how many of each it covers. */
  record GridCell(int row, int column, int rowSpan, int columnSpan) {}
}
