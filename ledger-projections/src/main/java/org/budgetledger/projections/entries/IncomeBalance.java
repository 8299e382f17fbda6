package org.budgetledger.projections.entries;

import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.IncomeEarmark;
import org.budgetledger.core.model.IncomeKey;

/**
 * The balance of one income source at a point in time; {@code earmark} the part of it a document
 * sets aside (专项资金), null for the rest.
 */
public record IncomeBalance(IncomeKey key, Fen amount, IncomeEarmark earmark) {
  public IncomeBalance(IncomeKey key, Fen amount) {
    this(key, amount, null);
  }
}
