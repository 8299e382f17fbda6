package org.budgetledger.core.budget.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.Basis;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.CommandTexts;
import org.budgetledger.core.model.EntryId;
import org.budgetledger.core.model.EntryType;
import org.budgetledger.core.model.IncomeLeg;
import org.budgetledger.core.model.SpendingLeg;

/**
 * Record a journal entry. {@code requestId} is the client's: the same request id twice yields the
 * first entry's id again and records nothing new. Returns the {@link EntryId} recorded.
 */
public record RecordEntryCommand(
    @TargetAggregateIdentifier BudgetId budgetId,
    EntryId entryId,
    EntryType type,
    List<IncomeLeg> incomeLegs,
    List<SpendingLeg> spendingLegs,
    LocalDate effectiveDate,
    Basis basis,
    String reason,
    Actor actor,
    String requestId)
    implements BudgetCommand {
  public RecordEntryCommand {
    incomeLegs = incomeLegs == null ? List.of() : List.copyOf(incomeLegs);
    spendingLegs = spendingLegs == null ? List.of() : List.copyOf(spendingLegs);
    CommandTexts.basis(basis);
    CommandTexts.check("reason", reason, CommandTexts.REASON);
    CommandTexts.actor(actor);
    CommandTexts.check("requestId", requestId, CommandTexts.REQUEST_ID);
    for (int i = 0; i < spendingLegs.size(); i++) {
      CommandTexts.project("spendingLegs[" + i + "]", spendingLegs.get(i).key().project());
    }
  }
}
