package org.budgetledger.app.adjustment;

/**
 * A cell of a disclosure table that a batch of entries changes: the table as the department numbers
 * it ({@code 预算03表}), the row and column keys, and the amounts before and after, in fen.
 */
public record CellPreview(
    String table, String title, String rowKey, String columnKey, long beforeFen, long afterFen) {
  public long deltaFen() {
    return Math.subtractExact(afterFen, beforeFen);
  }
}
