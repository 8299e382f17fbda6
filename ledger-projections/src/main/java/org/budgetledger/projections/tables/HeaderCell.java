package org.budgetledger.projections.tables;

/**
 * One cell of a multi-level header, spanning columns and header rows as the published table does.
 */
public record HeaderCell(String text, int colSpan, int rowSpan) {
  public static HeaderCell of(String text) {
    return new HeaderCell(text, 1, 1);
  }
}
