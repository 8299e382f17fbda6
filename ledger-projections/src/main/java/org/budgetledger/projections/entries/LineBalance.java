package org.budgetledger.projections.entries;

import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.LineKey;

/** The balance of one spending line at a point in time. */
public record LineBalance(LineKey key, Fen amount) {}
