package org.budgetledger.core.model;

import java.util.Objects;

/** Money coming in to an income source; negative on a 追减 or a reversal. */
public record IncomeLeg(IncomeKey key, Fen amount, Derivation derivation) {
  public IncomeLeg {
    Objects.requireNonNull(key, "income key");
    Objects.requireNonNull(amount, "amount");
    if (amount.isZero()) {
      throw new InvalidValueException("an income leg of zero on " + key + " records nothing");
    }
  }

  public IncomeLeg(IncomeKey key, Fen amount) {
    this(key, amount, null);
  }

  public IncomeLeg negated() {
    return new IncomeLeg(key, amount.negate(), derivation);
  }
}
