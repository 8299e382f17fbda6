package org.budgetledger.core.budget.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.Basis;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.CommandTexts;

/** Close the fiscal year: no entries are taken afterwards. */
public record CloseYearCommand(
    @TargetAggregateIdentifier BudgetId budgetId, LocalDate effectiveDate, Basis basis, Actor actor)
    implements BudgetCommand {
  public CloseYearCommand {
    CommandTexts.basis(basis);
    CommandTexts.actor(actor);
  }
}
