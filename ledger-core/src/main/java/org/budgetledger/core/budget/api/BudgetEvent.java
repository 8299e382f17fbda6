package org.budgetledger.core.budget.api;

import java.time.LocalDate;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.Basis;
import org.budgetledger.core.model.BudgetId;

/**
 * What every event of a department budget carries: the budget, the date it takes effect (from its
 * approval document), the basis (document and 文号) and the actor. The recorded time is the event's
 * own timestamp, set by the event store.
 */
public sealed interface BudgetEvent
    permits BudgetOpenedEvent,
        UnitRenamedEvent,
        EntryRecordedEvent,
        BudgetYearClosedEvent,
        ClassificationNamesRecordedEvent,
        SpendingTagsRecordedEvent,
        ProjectPerformanceRecordedEvent,
        ProjectAllocationsRecordedEvent,
        EconomicAllocationsRecordedEvent,
        BasicAllocationsRecordedEvent,
        DepartmentPerformanceRecordedEvent,
        NarrativeFiguresRecordedEvent,
        DisclosureImportedEvent {
  BudgetId budgetId();

  LocalDate effectiveDate();

  Basis basis();

  Actor actor();
}
