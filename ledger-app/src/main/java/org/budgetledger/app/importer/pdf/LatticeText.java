package org.budgetledger.app.importer.pdf;

import java.util.ArrayList;
import java.util.List;

/** Puts each glyph of a ruled table into its cell and reads the cells' text, row by row. */
final class LatticeText {
  private LatticeText() {}

  static PageTable table(int page, Lattice lattice, List<Glyph> glyphs) {
    int rows = lattice.rowCount();
    int cols = lattice.columnCount();
    int[][] owner = new int[rows][cols];
    List<Lattice.GridCell> cells = lattice.cells();
    for (int i = 0; i < cells.size(); i++) {
      Lattice.GridCell cell = cells.get(i);
      for (int r = cell.row(); r < cell.row() + cell.rowSpan(); r++) {
        for (int c = cell.column(); c < cell.column() + cell.columnSpan(); c++) {
          owner[r][c] = i;
        }
      }
    }
    List<List<Glyph>> content = new ArrayList<>();
    cells.forEach(c -> content.add(new ArrayList<>()));
    for (Glyph g : glyphs) {
      int r = slot(lattice.ys(), g.centerY());
      int c = slot(lattice.xs(), g.centerX());
      content.get(owner[r][c]).add(g);
    }
    List<List<PdfCell>> byRow = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      byRow.add(new ArrayList<>());
    }
    for (int i = 0; i < cells.size(); i++) {
      Lattice.GridCell cell = cells.get(i);
      byRow
          .get(cell.row())
          .add(
              new PdfCell(
                  cell.column(),
                  cell.columnSpan(),
                  cell.rowSpan(),
                  TextAssembler.cellText(content.get(i))));
    }
    List<PdfRow> gridRows = new ArrayList<>();
    for (List<PdfCell> row : byRow) {
      gridRows.add(new PdfRow(page, cols, row));
    }
    return new PageTable(
        page,
        lattice.top(),
        lattice.bottom(),
        lattice.xs(),
        gridRows,
        true,
        lattice.openTop(),
        lattice.openBottom());
  }

  /** The index of the interval of {@code bounds} holding {@code v}, clamped to the grid. */
  private static int slot(double[] bounds, double v) {
    int lo = 0;
    int hi = bounds.length - 2;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (bounds[mid] <= v) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }
}
