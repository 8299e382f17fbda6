package org.budgetledger.core.budget.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.BasicAllocation;
import org.budgetledger.core.model.Basis;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.Derivation;

/**
 * The department's units were given basic money by 类 and fund source as a published 基本支出总表 prints
 * it (unit × 类 × source), where the lines sit on none of those units; they replace earlier
 * allocations. {@code derivation} says why the money is held by unit and on no line.
 */
@Revision("1")
public record BasicAllocationsRecordedEvent(
    BudgetId budgetId,
    List<BasicAllocation> allocations,
    Derivation derivation,
    LocalDate effectiveDate,
    Basis basis,
    Actor actor)
    implements BudgetEvent {
  public BasicAllocationsRecordedEvent {
    allocations = List.copyOf(allocations);
  }
}
