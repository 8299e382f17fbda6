package org.budgetledger.core.budget.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.Basis;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.SpendingTag;

/** Spending was tagged as 政府采购 or 政府购买服务; tags replace earlier tags of the same kind. */
@Revision("1")
public record SpendingTagsRecordedEvent(
    BudgetId budgetId, List<SpendingTag> tags, LocalDate effectiveDate, Basis basis, Actor actor)
    implements BudgetEvent {}
