package org.budgetledger.core.budget.api;

import java.time.LocalDate;
import java.util.Map;
import org.axonframework.serialization.Revision;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.Basis;
import org.budgetledger.core.model.BudgetId;

/** Names of classification codes as the department published them (code → name). */
@Revision("1")
public record ClassificationNamesRecordedEvent(
    BudgetId budgetId,
    Map<String, String> function,
    Map<String, String> govEconomic,
    Map<String, String> deptEconomic,
    LocalDate effectiveDate,
    Basis basis,
    Actor actor)
    implements BudgetEvent {}
