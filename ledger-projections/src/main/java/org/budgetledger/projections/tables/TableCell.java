package org.budgetledger.projections.tables;

import org.budgetledger.core.model.Fen;

/**
 * One cell of a rebuilt table: text, or an exact amount in fen (null when the cell is text). A
 * money cell whose amount is zero prints empty, as the published tables do. {@code fixedDecimals},
 * when set, overrides the document's decimals: the performance tables (表12, 表13) print 6 decimals
 * of 万元 even in a document that prints 2 elsewhere.
 */
public record TableCell(
    String columnKey, String text, Fen amount, CellSource source, Integer fixedDecimals) {

  /** A cell printed at the document's decimals, as first released. */
  public TableCell(String columnKey, String text, Fen amount, CellSource source) {
    this(columnKey, text, amount, source, null);
  }

  /**
   * The text of a published cell in a column the document's layout family does not print: not a
   * figure (so not compared, and no rule adds it) and not an empty cell (which would be zero).
   */
  public static final String NOT_PRINTED = "（未列示）";

  public static TableCell notPrinted(String columnKey) {
    return text(columnKey, NOT_PRINTED);
  }

  /** Whether this is a cell of a column the document does not print. */
  public boolean notPrinted() {
    return !isMoney() && NOT_PRINTED.equals(text);
  }

  /**
   * The text of a rebuilt cell the ledger holds no figure for at its row's grain (a 收入总表 row by
   * function's 事业收入 where the function's spending is recorded as 非财政拨款资金): the published figure is
   * not compared with it, and nothing is missing.
   */
  public static final String UNDETERMINED = "（账本未分）";

  public static TableCell undetermined(String columnKey) {
    return text(columnKey, UNDETERMINED);
  }

  /** Whether this is a rebuilt cell the ledger does not determine at its row's grain. */
  public boolean undetermined() {
    return !isMoney() && UNDETERMINED.equals(text);
  }

  public static TableCell text(String columnKey, String text) {
    return new TableCell(columnKey, text == null ? "" : text, null, new CellSource.Layout());
  }

  public static TableCell fact(String columnKey, String text, String description) {
    return new TableCell(
        columnKey, text == null ? "" : text, null, new CellSource.Fact(description));
  }

  public static TableCell money(String columnKey, Fen amount, CellSource source) {
    return new TableCell(columnKey, null, amount, source);
  }

  /** A money cell always printed with {@code decimals} places of 万元. */
  public static TableCell money(String columnKey, Fen amount, CellSource source, int decimals) {
    return new TableCell(columnKey, null, amount, source, decimals);
  }

  public boolean isMoney() {
    return amount != null;
  }

  /** What the table prints: the text, or the amount in 万元 at {@code decimals}, empty when zero. */
  public String display(int decimals) {
    if (!isMoney()) {
      return text;
    }
    return amount.isZero()
        ? ""
        : amount.formatWan(fixedDecimals == null ? decimals : fixedDecimals);
  }
}
