package org.budgetledger.core.budget.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.Basis;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.CommandTexts;
import org.budgetledger.core.model.EntryId;

/**
 * Cancel an earlier entry (冲销) with a new entry {@code entryId} whose legs negate it, effective on
 * {@code effectiveDate}. Nothing is updated or deleted. Returns the reversal's {@link EntryId}.
 */
public record ReverseEntryCommand(
    @TargetAggregateIdentifier BudgetId budgetId,
    EntryId entryId,
    EntryId reversedEntryId,
    LocalDate effectiveDate,
    Basis basis,
    String reason,
    Actor actor,
    String requestId)
    implements BudgetCommand {
  public ReverseEntryCommand {
    CommandTexts.basis(basis);
    CommandTexts.check("reason", reason, CommandTexts.REASON);
    CommandTexts.actor(actor);
    CommandTexts.check("requestId", requestId, CommandTexts.REQUEST_ID);
  }
}
