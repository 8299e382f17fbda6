package org.budgetledger.app.importer.pdf;

/**
 * One cell of a table row as printed: its first column (0-based), how many columns and rows it
 * spans, and its text with wrapped lines joined (CJK without a space, an amount's digits whole). An
 * empty cell has the text {@code ""}.
 */
public record PdfCell(int column, int columnSpan, int rowSpan, String text) {
  public boolean isEmpty() {
    return text.isEmpty();
  }
}
