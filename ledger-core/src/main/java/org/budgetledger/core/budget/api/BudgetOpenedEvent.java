package org.budgetledger.core.budget.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.Basis;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.DisclosureFormat;
import org.budgetledger.core.model.Unit;

/** A department's budget for a year was opened (预算编制): its units and how it publishes. */
@Revision("1")
public record BudgetOpenedEvent(
    BudgetId budgetId,
    String departmentName,
    DisclosureFormat format,
    int displayDecimals,
    List<Unit> units,
    LocalDate effectiveDate,
    Basis basis,
    Actor actor)
    implements BudgetEvent {}
