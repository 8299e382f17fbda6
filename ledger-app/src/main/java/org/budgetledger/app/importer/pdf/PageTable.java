package org.budgetledger.app.importer.pdf;

import java.util.List;

/**
 * A table as found on one page, before its header is told from its body and before it is joined
 * with its continuation: the grid's column boundaries and every grid row; whether its first row is
 * the rest of a row cut by the page break ({@code openTop}), and its last row cut ({@code
 * openBottom}).
 */
record PageTable(
    int page,
    double top,
    double bottom,
    double[] xs,
    List<PdfRow> gridRows,
    boolean ruled,
    boolean openTop,
    boolean openBottom) {
  int columnCount() {
    return xs.length - 1;
  }
}
