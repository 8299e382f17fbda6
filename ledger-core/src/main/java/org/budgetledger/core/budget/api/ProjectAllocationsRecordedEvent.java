package org.budgetledger.core.budget.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.Basis;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.Derivation;
import org.budgetledger.core.model.ProjectAllocation;

/**
 * The department's projects were allocated money by fund source as a published 项目支出表 prints it
 * (unit × project × source); they replace earlier allocations. {@code derivation} says why the
 * money is held by project and on no line.
 */
@Revision("1")
public record ProjectAllocationsRecordedEvent(
    BudgetId budgetId,
    List<ProjectAllocation> allocations,
    Derivation derivation,
    LocalDate effectiveDate,
    Basis basis,
    Actor actor)
    implements BudgetEvent {
  public ProjectAllocationsRecordedEvent {
    allocations = List.copyOf(allocations);
  }
}
