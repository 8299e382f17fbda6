package org.budgetledger.projections.reconciliation;

import org.budgetledger.core.model.Fen;

/**
 * The rounding rule of DOMAIN §5.9, in fen. A figure printed with {@code d} decimals of 万元 was
 * rounded half up to a display unit of {@code 10^(6-d)} fen, so it may be off its exact value by up
 * to half that unit; a figure printed with 6 decimals is exact (1 分) and may be off by nothing. A
 * sum of {@code n} rounded figures may therefore differ from the rounded figure it should equal by
 * up to {@code n} half units. Only figures with a printed precision coarser than 1 分 count.
 */
public final class Rounding {
  public static final int EXACT_DECIMALS = 6;

  /** The decimals of a rule figure whose column the document does not print. */
  public static final int NOT_PRINTED = -1;

  private Rounding() {}

  /** Half the display unit at {@code decimals} places (2 places: 5,000 fen = 0.005 万元); 0 at 6. */
  public static long halfUnitFen(int decimals) {
    return decimals >= EXACT_DECIMALS ? 0 : Fen.displayUnitFen(Math.max(decimals, 0)) / 2;
  }

  /** The exact amount as it prints at {@code decimals} places, rounded half up, back in fen. */
  public static Fen printed(Fen exact, int decimals) {
    if (decimals >= EXACT_DECIMALS) {
      return exact;
    }
    return Fen.of(exact.toWan(Math.max(decimals, 0)).movePointRight(6).longValueExact());
  }

  /** {@code n} half units at {@code decimals}: how far a sum of n rounded figures may drift. */
  public static long toleranceFen(int n, int decimals) {
    return Math.multiplyExact((long) Math.max(n, 0), halfUnitFen(decimals));
  }
}
