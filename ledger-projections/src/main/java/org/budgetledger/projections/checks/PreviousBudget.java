package org.budgetledger.projections.checks;

import org.budgetledger.core.model.Fen;

/**
 * The same department's budget of the previous year as the ledger holds it (its initial budget):
 * what a document's "比上年" comparisons should quote. Zero where the ledger has nothing.
 */
public record PreviousBudget(
    int year, Fen incomeTotal, Fen spendingTotal, Fen basic, Fen project) {}
