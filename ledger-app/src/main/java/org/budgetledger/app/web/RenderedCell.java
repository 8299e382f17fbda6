package org.budgetledger.app.web;

/**
 * A cell as the page prints it: the text at the document's decimals; for a money cell, the row it
 * belongs to (a 收支总表 line shows two), the link to its provenance and, on 对比, the old text when the
 * value changed. {@code rowSpan}: how many printed lines the cell spans, as a project's cells span
 * its indicators in 项目支出绩效表; 0 for a place a cell above covers.
 */
public record RenderedCell(
    String row,
    String column,
    String text,
    boolean money,
    String href,
    boolean changed,
    String oldText,
    int rowSpan) {

  public RenderedCell(
      String row,
      String column,
      String text,
      boolean money,
      String href,
      boolean changed,
      String oldText) {
    this(row, column, text, money, href, changed, oldText, 1);
  }

  /** The same cell spanning {@code rows} printed lines; 0: covered by the cell above. */
  RenderedCell spanning(int rows) {
    return new RenderedCell(row, column, text, money, href, changed, oldText, rows);
  }
}
