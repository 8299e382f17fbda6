package org.budgetledger.app.web;

import java.util.ArrayList;
import java.util.List;
import org.budgetledger.app.api.EntryRequests;
import org.budgetledger.app.api.Fields;
import org.budgetledger.core.budget.api.RecordEntryCommand;
import org.budgetledger.core.budget.api.ReverseEntryCommand;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.IncomeLeg;
import org.budgetledger.core.model.SpendingLeg;
import org.budgetledger.projections.entries.LedgerQueries;
import org.budgetledger.projections.entries.LegRow;
import org.springframework.stereotype.Component;

/**
 * The form's command, made by {@link EntryRequests} exactly as for REST, and the legs it would
 * post (for a 冲销: the cancelled entry's legs, negated) for the preview.
 */
@Component
public class EntryCommands {
  private final LedgerQueries queries;

  public EntryCommands(LedgerQueries queries) {
    this.queries = queries;
  }

  Object command(BudgetId id, EntryForm form, Actor actor) {
    Fields.read("type", form.type(), t -> t);
    return form.isReversal()
        ? EntryRequests.toCommand(id, form.get("reversedEntry"), form.toReversal(), actor)
        : EntryRequests.toCommand(id, form.toRequest(), actor, "");
  }

  EntryLegs legs(BudgetId id, EntryForm form, Actor actor) {
    Object command = command(id, form, actor);
    if (command instanceof RecordEntryCommand r) {
      return new EntryLegs(r.incomeLegs(), r.spendingLegs());
    }
    ReverseEntryCommand r = (ReverseEntryCommand) command;
    List<IncomeLeg> income = new ArrayList<>();
    List<SpendingLeg> spending = new ArrayList<>();
    for (LegRow leg : queries.entry(id, r.reversedEntryId().value())) {
      Fen amount = Fen.of(leg.amountFen()).negate();
      if (leg.isSpending()) {
        spending.add(new SpendingLeg(leg.line(), amount));
      } else {
        income.add(new IncomeLeg(leg.income(), amount));
      }
    }
    return new EntryLegs(income, spending);
  }
}
