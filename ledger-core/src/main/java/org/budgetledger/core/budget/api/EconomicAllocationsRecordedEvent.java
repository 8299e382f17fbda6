package org.budgetledger.core.budget.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.Basis;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.Derivation;
import org.budgetledger.core.model.EconomicAllocation;

/**
 * The department's units were allocated money by 部门经济分类 code and fund source as a published table
 * prints it (unit × 类 or 款 × source); they replace earlier allocations. {@code derivation} says why
 * the money is held by unit and code and on no line.
 */
@Revision("1")
public record EconomicAllocationsRecordedEvent(
    BudgetId budgetId,
    List<EconomicAllocation> allocations,
    Derivation derivation,
    LocalDate effectiveDate,
    Basis basis,
    Actor actor)
    implements BudgetEvent {
  public EconomicAllocationsRecordedEvent {
    allocations = List.copyOf(allocations);
  }
}
