package org.budgetledger.core.model;

import java.util.Objects;

/** Money assigned to a spending line; negative on a 追减, the giving side of a 调剂, or a reversal. */
public record SpendingLeg(LineKey key, Fen amount, Derivation derivation) {
  public SpendingLeg {
    Objects.requireNonNull(key, "line key");
    Objects.requireNonNull(amount, "amount");
    if (amount.isZero()) {
      throw new InvalidValueException("a spending leg of zero on " + key + " records nothing");
    }
  }

  public SpendingLeg(LineKey key, Fen amount) {
    this(key, amount, null);
  }

  public SpendingLeg negated() {
    return new SpendingLeg(key, amount.negate(), derivation);
  }
}
