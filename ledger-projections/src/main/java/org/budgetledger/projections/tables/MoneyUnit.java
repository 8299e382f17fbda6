package org.budgetledger.projections.tables;

import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import org.budgetledger.core.model.Fen;

/**
 * The unit a table prints its money in (金额单位): 元 or 万元. Every view of a figure names and prints it
 * in the unit of the table it belongs to; a figure with no table (an entry, a leg) in the unit of
 * the document's 收支总表. Money stays exact fen: {@link #exact} prints a fen to the last place the
 * unit needs (元 to 2 places, 万元 to 6), {@link #format} rounds once, for display.
 */
public enum MoneyUnit {
  YUAN("元", 2),
  WAN_YUAN("万元", 6);

  private final String label;
  private final int exactDecimals;

  MoneyUnit(String label, int exactDecimals) {
    this.label = label;
    this.exactDecimals = exactDecimals;
  }

  public static MoneyUnit of(boolean inYuan) {
    return inYuan ? YUAN : WAN_YUAN;
  }

  /** 元 or 万元, as a label or a JSON field says it. */
  @JsonValue
  public String label() {
    return label;
  }

  /** The places at which one fen shows: 2 of 元, 6 of 万元. */
  public int exactDecimals() {
    return exactDecimals;
  }

  /** The amount rounded half up to {@code places} of this unit, with thousands separators. */
  public String format(Fen amount, int places) {
    return this == YUAN ? amount.formatYuan(places) : amount.formatWan(places);
  }

  /** The amount to the fen: {@code 12,345.67} 元, {@code 1.234567} 万元. */
  public String exact(Fen amount) {
    return format(amount, exactDecimals);
  }

  public String exact(long fen) {
    return exact(Fen.of(fen));
  }

  /** The amount signed (+ for an increase) to the fen, as a change prints. */
  public String signedExact(long fen) {
    return (fen > 0 ? "+" : "") + exact(fen);
  }

  /**
   * The places a change of a table prints at: a table in 元 to the fen (2 places, no wider than the
   * figures it prints), a table in 万元 at its own decimals, as its figures.
   */
  public int changeDecimals(int tableDecimals) {
    return this == YUAN ? exactDecimals : tableDecimals;
  }

  /** The exact amount as a number in this unit (for charts), without trailing zeros. */
  public BigDecimal number(Fen amount) {
    return BigDecimal.valueOf(amount.value(), this == YUAN ? 2 : 6).stripTrailingZeros();
  }
}
