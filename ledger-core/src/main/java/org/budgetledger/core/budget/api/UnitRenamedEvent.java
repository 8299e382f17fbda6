package org.budgetledger.core.budget.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.Basis;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.UnitCode;

/** A unit got a (new) name or type, e.g. one a document listed without naming it. */
@Revision("1")
public record UnitRenamedEvent(
    BudgetId budgetId,
    UnitCode unit,
    String name,
    String type,
    LocalDate effectiveDate,
    Basis basis,
    Actor actor)
    implements BudgetEvent {}
