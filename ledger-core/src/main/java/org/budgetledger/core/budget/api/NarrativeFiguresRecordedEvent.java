package org.budgetledger.core.budget.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.Basis;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.NarrativeFigure;

/** Figures quoted in the narrative (情况说明), e.g. last year's initial budget, were recorded. */
@Revision("1")
public record NarrativeFiguresRecordedEvent(
    BudgetId budgetId,
    List<NarrativeFigure> figures,
    LocalDate effectiveDate,
    Basis basis,
    Actor actor)
    implements BudgetEvent {}
