package org.budgetledger.app.web;

import java.util.List;
import org.budgetledger.app.adjustment.AdjustmentEntry;
import org.budgetledger.app.adjustment.FilePlace;
import org.budgetledger.app.request.EntryRequests;
import org.budgetledger.app.request.Fields;
import org.budgetledger.core.budget.api.BudgetCommand;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.MoneyUnit;

/**
 * The form's command, made by {@link EntryRequests} exactly as for REST, and the same command as an
 * adjustment entry, for the adjustment service's dry-run preview.
 */
final class EntryCommands {
  /** Where a rejection of the form's entry says it came from. */
  private static final FilePlace FORM = new FilePlace("录入调整", 1, 1);

  private EntryCommands() {}

  /** {@code unit}: the budget's, which the form's amounts are typed in. */
  static BudgetCommand command(BudgetId id, EntryForm form, Actor actor, MoneyUnit unit) {
    return entry(id, form, actor, unit).command();
  }

  static List<AdjustmentEntry> entries(BudgetId id, EntryForm form, Actor actor, MoneyUnit unit) {
    return List.of(entry(id, form, actor, unit));
  }

  private static AdjustmentEntry entry(BudgetId id, EntryForm form, Actor actor, MoneyUnit unit) {
    Fields.read("type", form.type(), t -> t);
    return form.isReversal()
        ? AdjustmentEntry.of(
            FORM, EntryRequests.toCommand(id, form.get("reversedEntry"), form.toReversal(), actor))
        : AdjustmentEntry.of(FORM, EntryRequests.toCommand(id, form.toRequest(), actor, "", unit));
  }
}
