package org.budgetledger.projections.tables;

import org.budgetledger.core.model.Fen;

/**
 * One cell of a rebuilt table: text, or an exact amount in fen (null when the cell is text). A money
 * cell whose amount is zero prints empty, as the published tables do.
 */
public record TableCell(String columnKey, String text, Fen amount, CellSource source) {

  public static TableCell text(String columnKey, String text) {
    return new TableCell(columnKey, text == null ? "" : text, null, new CellSource.Layout());
  }

  public static TableCell fact(String columnKey, String text, String description) {
    return new TableCell(columnKey, text == null ? "" : text, null,
        new CellSource.Fact(description));
  }

  public static TableCell money(String columnKey, Fen amount, CellSource source) {
    return new TableCell(columnKey, null, amount, source);
  }

  public boolean isMoney() {
    return amount != null;
  }

  /** What the table prints: the text, or the amount in 万元 at {@code decimals}, empty when zero. */
  public String display(int decimals) {
    if (!isMoney()) {
      return text;
    }
    return amount.isZero() ? "" : amount.formatWan(decimals);
  }
}
