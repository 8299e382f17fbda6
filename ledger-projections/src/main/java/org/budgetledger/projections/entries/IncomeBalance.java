package org.budgetledger.projections.entries;

import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.IncomeKey;

/** The balance of one income source at a point in time. */
public record IncomeBalance(IncomeKey key, Fen amount) {}
