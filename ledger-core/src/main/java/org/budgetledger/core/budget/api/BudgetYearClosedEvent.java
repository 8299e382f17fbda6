package org.budgetledger.core.budget.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.Basis;
import org.budgetledger.core.model.BudgetId;

/** The fiscal year was closed (年度终了): the budget takes no more entries. */
@Revision("1")
public record BudgetYearClosedEvent(
    BudgetId budgetId, LocalDate effectiveDate, Basis basis, Actor actor) implements BudgetEvent {}
