package org.budgetledger.core.budget.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.Basis;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.CommandTexts;
import org.budgetledger.core.model.DisclosureFormat;
import org.budgetledger.core.model.Unit;

/** Open a department's budget for a year, with its units and the numbering it publishes in. */
public record OpenBudgetCommand(
    @TargetAggregateIdentifier BudgetId budgetId,
    String departmentName,
    DisclosureFormat format,
    int displayDecimals,
    List<Unit> units,
    LocalDate effectiveDate,
    Basis basis,
    Actor actor)
    implements BudgetCommand {
  public OpenBudgetCommand {
    CommandTexts.check("departmentName", departmentName, CommandTexts.NAME);
    CommandTexts.units(units);
    CommandTexts.basis(basis);
    CommandTexts.actor(actor);
  }
}
