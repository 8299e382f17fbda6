package org.budgetledger.app.importer.pdf;

import java.util.ArrayList;
import java.util.List;

/** Joins the two parts of a row cut by a page break, cell by cell, as a wrapped cell is joined. */
final class RowJoin {
  private RowJoin() {}

  static PdfRow join(PdfRow first, PdfRow rest) {
    List<PdfCell> cells = new ArrayList<>(first.cells());
    for (PdfCell more : rest.cells()) {
      int at = indexOf(cells, more.column());
      if (at < 0) {
        cells.add(more);
      } else {
        PdfCell cell = cells.get(at);
        cells.set(
            at,
            new PdfCell(
                cell.column(),
                cell.columnSpan(),
                cell.rowSpan(),
                TextAssembler.joinWrapped(cell.text(), more.text())));
      }
    }
    cells.sort((a, b) -> Integer.compare(a.column(), b.column()));
    return new PdfRow(first.page(), first.columnCount(), cells);
  }

  private static int indexOf(List<PdfCell> cells, int column) {
    for (int i = 0; i < cells.size(); i++) {
      if (cells.get(i).column() == column) {
        return i;
      }
    }
    return -1;
  }
}
