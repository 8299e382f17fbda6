package org.budgetledger.app.adjustment;

import org.budgetledger.core.model.MoneyUnit;

/**
 * A cell of a disclosure table that a batch of entries changes: the table as the department numbers
 * it ({@code 预算03表}), the row and column keys, the amounts before and after, in fen, and the unit
 * the table prints them in.
 */
public record CellPreview(
    String table,
    String title,
    String rowKey,
    String columnKey,
    long beforeFen,
    long afterFen,
    MoneyUnit unit) {
  public long deltaFen() {
    return Math.subtractExact(afterFen, beforeFen);
  }
}
