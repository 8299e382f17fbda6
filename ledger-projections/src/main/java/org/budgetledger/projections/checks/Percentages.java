package org.budgetledger.projections.checks;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.reconciliation.Rounding;

/**
 * A printed percentage against the ratio of two quoted figures. Exact when the ratio rounds to the
 * printed value; rounding when some values the two figures could have had before their own rounding
 * (each ± half its display unit) give it; wrong otherwise.
 */
final class Percentages {
  private static final MathContext PRECISION = new MathContext(20, RoundingMode.HALF_UP);

  private Percentages() {}

  /** 100 × numerator / denominator, or null when the denominator is zero. */
  static BigDecimal percent(Fen numerator, Fen denominator) {
    if (denominator.isZero()) {
      return null;
    }
    return BigDecimal.valueOf(numerator.value())
        .multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(denominator.value()), PRECISION);
  }

  static CheckStatus judge(
      BigDecimal printed,
      Fen numerator,
      int numeratorDecimals,
      Fen denominator,
      int denominatorDecimals) {
    BigDecimal exact = percent(numerator, denominator);
    if (exact == null) {
      return CheckStatus.WARN;
    }
    int scale = Math.max(printed.scale(), 0);
    if (exact.setScale(scale, RoundingMode.HALF_UP).compareTo(printed) == 0) {
      return CheckStatus.PASS;
    }
    long n = Rounding.halfUnitFen(numeratorDecimals);
    long d = Rounding.halfUnitFen(denominatorDecimals);
    BigDecimal half = BigDecimal.ONE.movePointLeft(scale).divide(BigDecimal.valueOf(2));
    BigDecimal low =
        bound(
            numerator.value() - n,
            denominator.value() + d,
            numerator.value() + n,
            denominator.value() - d,
            true);
    BigDecimal high =
        bound(
            numerator.value() - n,
            denominator.value() + d,
            numerator.value() + n,
            denominator.value() - d,
            false);
    if (low == null || high == null) {
      return CheckStatus.WARN;
    }
    boolean reachable =
        printed.add(half).compareTo(low) >= 0 && printed.subtract(half).compareTo(high) <= 0;
    if (reachable) {
      return CheckStatus.ROUNDING;
    }
    return cutShort(printed, exact, scale) ? CheckStatus.WARN : CheckStatus.FAIL;
  }

  /**
   * Truncated (10.1581% printed 10.15%) or rounded twice (61.845% → 61.85% → 61.9%): a habit of the
   * author's spreadsheet more than a wrong figure, so the rule cannot call it an error.
   */
  static boolean cutShort(BigDecimal printed, BigDecimal exact, int scale) {
    BigDecimal truncated = exact.setScale(scale, RoundingMode.DOWN);
    BigDecimal twice =
        exact.setScale(scale + 1, RoundingMode.HALF_UP).setScale(scale, RoundingMode.HALF_UP);
    return truncated.compareTo(printed) == 0 || twice.compareTo(printed) == 0;
  }

  private static BigDecimal bound(long nLow, long dHigh, long nHigh, long dLow, boolean low) {
    BigDecimal a = percent(Fen.of(nLow), Fen.of(dHigh));
    BigDecimal b = percent(Fen.of(nHigh), Fen.of(dLow));
    BigDecimal c = percent(Fen.of(nLow), Fen.of(dLow));
    BigDecimal e = percent(Fen.of(nHigh), Fen.of(dHigh));
    if (a == null || b == null || c == null || e == null) {
      return null;
    }
    BigDecimal min = a.min(b).min(c).min(e);
    BigDecimal max = a.max(b).max(c).max(e);
    return low ? min : max;
  }
}
