package org.budgetledger.app.importer.document;

import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.tables.PrintedSum;
import org.budgetledger.projections.tables.TableCell;

/**
 * An amount as a document printed it: the exact value in fen, the number of decimals printed (2
 * means the value was rounded to 0.01 万元 by the publisher), the line it came from, its text and
 * whether its table is in 元 (so that a message shows it in the table's own unit). An empty cell is
 * never a {@code PublishedAmount}: it is absent (null), not zero.
 */
public record PublishedAmount(Fen value, int decimals, int lineNo, String text, boolean inYuan) {
  /** An amount of a table in 万元. */
  public PublishedAmount(Fen value, int decimals, int lineNo, String text) {
    this(value, decimals, lineNo, text, false);
  }

  /**
   * The cell text a document rendered from another family's PDF gives a column that family does not
   * print: neither a figure nor an empty cell (which is zero), so no margin and no compared cell.
   */
  public static final String NOT_PRINTED_TEXT = TableCell.NOT_PRINTED;

  static PublishedAmount notPrinted(int lineNo) {
    return new PublishedAmount(Fen.ZERO, 6, lineNo, NOT_PRINTED_TEXT);
  }

  /** How many rounded figures the amount adds up ({@link PrintedSum}): 1 for one printed figure. */
  public int terms() {
    return PrintedSum.count(text);
  }

  /**
   * How far the exact amount may lie from the printed one, in fen: half a display unit per rounded
   * figure it adds up (DOMAIN §5.9); nothing for a figure printed to the fen.
   */
  public long roundingFen() {
    return decimals >= 6 ? 0 : Math.multiplyExact(Fen.displayUnitFen(decimals) / 2, terms());
  }

  /** Whether the column is one the document's family does not print. */
  public boolean notPrinted() {
    return NOT_PRINTED_TEXT.equals(text);
  }

  /** Whether the amount is a printed figure or an empty (zero) cell, not an unprinted column. */
  public static boolean printed(PublishedAmount amount) {
    return amount == null || !amount.notPrinted();
  }
}
