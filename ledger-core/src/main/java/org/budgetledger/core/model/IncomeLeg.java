package org.budgetledger.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * Money coming in to an income source; negative on a 追减 or a reversal. {@code earmark} names the
 * part of the source a document sets aside (专项资金), null for none: legs stored before it read as
 * none, and a leg without one is stored as before.
 */
public record IncomeLeg(
    IncomeKey key,
    Fen amount,
    Derivation derivation,
    @JsonInclude(JsonInclude.Include.NON_NULL) IncomeEarmark earmark) {
  public IncomeLeg {
    Objects.requireNonNull(key, "income key");
    Objects.requireNonNull(amount, "amount");
    if (amount.isZero()) {
      throw new InvalidValueException("an income leg of zero on " + key + " records nothing");
    }
  }

  public IncomeLeg(IncomeKey key, Fen amount, Derivation derivation) {
    this(key, amount, derivation, null);
  }

  public IncomeLeg(IncomeKey key, Fen amount) {
    this(key, amount, null, null);
  }

  public IncomeLeg negated() {
    return new IncomeLeg(key, amount.negate(), derivation, earmark);
  }
}
