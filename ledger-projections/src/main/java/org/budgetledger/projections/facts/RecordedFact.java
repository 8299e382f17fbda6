package org.budgetledger.projections.facts;

import java.time.Instant;
import org.budgetledger.core.budget.api.BudgetEvent;

/** A non-money fact and the time the ledger recorded it. */
public record RecordedFact<T extends BudgetEvent>(T event, Instant recordedAt) {}
