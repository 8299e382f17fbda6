package org.budgetledger.core.budget.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.Basis;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.EntryId;
import org.budgetledger.core.model.EntryType;
import org.budgetledger.core.model.IncomeLeg;
import org.budgetledger.core.model.SpendingLeg;

/**
 * A balanced journal entry was recorded: 年初预算, 追加, 追减, 调剂, 结转, or a 冲销 that cancels {@code
 * reversedEntryId}. Income legs sum to spending legs (a 调剂 has none and nets to zero).
 */
@Revision("1")
public record EntryRecordedEvent(
    BudgetId budgetId,
    EntryId entryId,
    EntryType type,
    List<IncomeLeg> incomeLegs,
    List<SpendingLeg> spendingLegs,
    LocalDate effectiveDate,
    Basis basis,
    String reason,
    Actor actor,
    String requestId,
    EntryId reversedEntryId)
    implements BudgetEvent {
  public EntryRecordedEvent {
    incomeLegs = List.copyOf(incomeLegs);
    spendingLegs = List.copyOf(spendingLegs);
  }
}
