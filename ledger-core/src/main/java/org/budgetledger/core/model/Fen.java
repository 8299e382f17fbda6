package org.budgetledger.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * An exact amount of money in fen (分), the smallest unit of the yuan.
 *
 * <p>Disclosure tables print 万元: one 万元 is 1,000,000 fen, so 6 decimals of 万元 are exactly fen.
 * Arithmetic never overflows silently ({@link Math#addExact}); rounding happens only in {@link
 * #toWan(int)}, for display.
 */
public record Fen(long value) implements Comparable<Fen> {

  public static final Fen ZERO = new Fen(0);
  public static final long FEN_PER_WAN = 1_000_000L;
  public static final long FEN_PER_YUAN = 100L;

  private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

  @JsonCreator
  public static Fen of(long value) {
    return value == 0 ? ZERO : new Fen(value);
  }

  /** Parses 万元 as published: thousands separators allowed, at most 6 decimals. */
  public static Fen parseWan(String text) {
    return parse(text, 6, "万元");
  }

  /** Parses 元: thousands separators allowed, at most 2 decimals. */
  public static Fen parseYuan(String text) {
    return parse(text, 2, "元");
  }

  private static Fen parse(String text, int maxDecimals, String unit) {
    if (text == null) {
      throw new InvalidAmountException("no amount given (" + unit + ")");
    }
    String trimmed = text.strip();
    if (!DECIMAL.matcher(trimmed).matches() && !GROUPED.matcher(trimmed).matches()) {
      throw new InvalidAmountException("'" + text + "' is not an amount in " + unit);
    }
    BigDecimal decimal = new BigDecimal(trimmed.replace(",", ""));
    if (decimal.scale() > maxDecimals) {
      throw new InvalidAmountException(
          "'" + text + "' has more than " + maxDecimals + " decimals, finer than 1 分 in " + unit);
    }
    int shift = maxDecimals == 6 ? 6 : 2;
    try {
      return of(decimal.movePointRight(shift).longValueExact());
    } catch (ArithmeticException e) {
      throw new InvalidAmountException("'" + text + "' is too large an amount");
    }
  }

  @JsonValue
  public long value() {
    return value;
  }

  public Fen plus(Fen other) {
    return of(Math.addExact(value, other.value));
  }

  public Fen minus(Fen other) {
    return of(Math.subtractExact(value, other.value));
  }

  public Fen negate() {
    return of(Math.negateExact(value));
  }

  public boolean isZero() {
    return value == 0;
  }

  public boolean isNegative() {
    return value < 0;
  }

  public boolean isPositive() {
    return value > 0;
  }

  public Fen abs() {
    return value < 0 ? negate() : this;
  }

  /**
   * The amount in 万元, rounded half up to {@code decimals} places: the one place rounding happens.
   */
  public BigDecimal toWan(int decimals) {
    return BigDecimal.valueOf(value, 6).setScale(decimals, RoundingMode.HALF_UP);
  }

  /** 万元 as a disclosure table prints it: thousands separators, {@code decimals} places. */
  public String formatWan(int decimals) {
    return String.format("%,." + decimals + "f", toWan(decimals));
  }

  /** 元 as a table in 元 prints it (Shanghai's): thousands separators, {@code decimals} places. */
  public String formatYuan(int decimals) {
    return String.format(
        "%,." + decimals + "f",
        BigDecimal.valueOf(value, 2).setScale(decimals, RoundingMode.HALF_UP));
  }

  /**
   * The size of one display unit at {@code decimals} places of 万元, in fen (2 places: 10,000 fen).
   */
  public static long displayUnitFen(int decimals) {
    if (decimals < 0 || decimals > 6) {
      throw new IllegalArgumentException("万元 is shown with 0 to 6 decimals, not " + decimals);
    }
    return BigDecimal.ONE.movePointRight(6 - decimals).longValueExact();
  }

  @Override
  public int compareTo(Fen other) {
    return Long.compare(value, other.value);
  }

  @Override
  public String toString() {
    return formatWan(6) + " 万元";
  }
}
