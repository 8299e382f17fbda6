package org.budgetledger.app.importer.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A row of a table with the page it is printed on. {@code cells} are the cells that start in this
 * row, left to right; a cell spanning rows from above is not repeated. {@link #texts()} gives one
 * text per column, a spanning cell's text in its first column.
 */
public record PdfRow(int page, int columnCount, List<PdfCell> cells) {
  public PdfRow {
    cells = List.copyOf(cells);
  }

  /** One text per column of the table: {@code ""} for empty and covered columns. */
  public List<String> texts() {
    List<String> texts = new ArrayList<>(Collections.nCopies(columnCount, ""));
    for (PdfCell cell : cells) {
      if (cell.column() < columnCount) {
        texts.set(cell.column(), cell.text());
      }
    }
    return texts;
  }

  /** The text of the cell starting at this column, {@code ""} if none. */
  public String text(int column) {
    return cells.stream()
        .filter(c -> c.column() == column)
        .map(PdfCell::text)
        .findFirst()
        .orElse("");
  }
}
