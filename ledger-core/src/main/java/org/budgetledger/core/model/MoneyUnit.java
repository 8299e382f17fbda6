package org.budgetledger.core.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * The unit money is printed and typed in (金额单位): 元 or 万元. Every view of a figure names and prints
 * it in the unit of the table it belongs to; a figure with no table (an entry, a leg) in the unit
 * of the document's 收支总表, and what a user types for a budget is read in that unit too. Money stays
 * exact fen: {@link #parse} refuses a figure finer than 1 分 (元 has 2 places, 万元 6), {@link #exact}
 * prints a fen to the last place the unit needs, {@link #format} rounds once, for display.
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

  /**
   * The unit a word names: its label (元, 万元) or its name (YUAN, WAN_YUAN, any case); the domain's
   * {@link InvalidValueException} otherwise, so a request names its field.
   */
  public static MoneyUnit named(String word) {
    String text = word == null ? "" : word.strip();
    for (MoneyUnit unit : values()) {
      if (unit.label.equals(text) || unit.name().equals(text.toUpperCase(Locale.ROOT))) {
        return unit;
      }
    }
    throw new InvalidValueException("unit '" + word + "' is neither 元 nor 万元");
  }

  /**
   * A figure typed or printed in this unit as exact fen: thousands separators allowed, at most 2
   * decimals of 元 or 6 of 万元 (1 分); {@link InvalidAmountException} naming the unit otherwise.
   */
  public Fen parse(String text) {
    return this == YUAN ? Fen.parseYuan(text) : Fen.parseWan(text);
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
