package org.budgetledger.projections.checks;

import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.MoneyUnit;

/**
 * Figures as a finding's sentence prints them: 万元 at their known decimals, whole fen exact; a
 * rule's sides, difference and tolerance in the document's unit.
 */
final class Money {
  private Money() {}

  static String wan(Fen amount, int decimals) {
    return amount.formatWan(Math.max(0, Math.min(6, decimals))) + " 万元";
  }

  /** A difference or tolerance, printed to the fen. */
  static String exact(Fen amount) {
    return amount.formatWan(6) + " 万元";
  }

  /** A figure, difference or tolerance to the fen in {@code unit} (a document's 收支总表's). */
  static String exact(Fen amount, MoneyUnit unit) {
    return unit.exact(amount) + " " + unit.label();
  }
}
