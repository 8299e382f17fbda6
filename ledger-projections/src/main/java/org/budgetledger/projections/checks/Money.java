package org.budgetledger.projections.checks;

import org.budgetledger.core.model.Fen;

/** Figures as a finding's sentence prints them: 万元 at their known decimals, whole fen exact. */
final class Money {
  private Money() {}

  static String wan(Fen amount, int decimals) {
    return amount.formatWan(Math.max(0, Math.min(6, decimals))) + " 万元";
  }

  /** A difference or tolerance, printed to the fen. */
  static String exact(Fen amount) {
    return amount.formatWan(6) + " 万元";
  }
}
