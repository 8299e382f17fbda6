package org.budgetledger.core.budget.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.Basis;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.CommandTexts;
import org.budgetledger.core.model.UnitCode;

/** Give a unit its real name and type (e.g. one a document listed without a name). */
public record RenameUnitCommand(
    @TargetAggregateIdentifier BudgetId budgetId,
    UnitCode unit,
    String name,
    String type,
    LocalDate effectiveDate,
    Basis basis,
    Actor actor)
    implements BudgetCommand {
  public RenameUnitCommand {
    CommandTexts.check("name", name, CommandTexts.NAME);
    CommandTexts.check("type", type, CommandTexts.NAME);
    CommandTexts.basis(basis);
    CommandTexts.actor(actor);
  }
}
