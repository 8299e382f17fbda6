package org.budgetledger.app.importer.pdfdocument;

/**
 * Where a line of the rendered disclosure text comes from in the PDF: the page, the table as the
 * document titles it, and the row of that table (1-based, header rows included; 0 for the title and
 * unit lines and the header rows, 表头).
 */
public record LinePlace(int page, String table, int row) {
  @Override
  public String toString() {
    return "第 " + page + " 页 " + table + (row > 0 ? " 第 " + row + " 行" : " 表头");
  }
}
