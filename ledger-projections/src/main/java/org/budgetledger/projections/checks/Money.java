package org.budgetledger.projections.checks;

import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.MoneyUnit;

/**
 * Figures as a finding's sentence prints them, in the document's unit (元 for a Shanghai or Xi'an
 * document, whose 情况说明 may still quote 万元): a table's figure at the decimals it is known to, a
 * rule's sides, a difference, a sum or a tolerance to the fen. A figure quoted from the text keeps
 * the unit and digits it was printed with.
 */
final class Money {
  private Money() {}

  /**
   * A figure at the decimals of 万元 it is known to ({@link CheckFigure}: 元 with d decimals is known
   * to d + 4), in {@code unit}.
   */
  static String known(Fen amount, int decimals, MoneyUnit unit) {
    return digits(amount, decimals, unit) + " " + unit.label();
  }

  /** The digits of {@link #known}, without the unit's label: as a text would print the figure. */
  static String digits(Fen amount, int decimals, MoneyUnit unit) {
    int places = unit == MoneyUnit.YUAN ? decimals - 4 : decimals;
    return unit.format(amount, Math.max(0, Math.min(unit.exactDecimals(), places)));
  }

  /** A figure, difference or tolerance to the fen in {@code unit} (a document's 收支总表's). */
  static String exact(Fen amount, MoneyUnit unit) {
    return unit.exact(amount) + " " + unit.label();
  }
}
