package org.budgetledger.core.budget.api;

import org.budgetledger.core.model.BudgetId;

/**
 * What every command to a department budget names: the budget it is for. Axon routes a command by
 * this id without reflecting on the command (its annotation scan on every command showed in a bulk
 * import's profile; README, Performance); {@code @TargetAggregateIdentifier} stays on each command
 * for the test fixtures and any other Axon tooling.
 */
public sealed interface BudgetCommand
    permits OpenBudgetCommand,
        RecordEntryCommand,
        ReverseEntryCommand,
        RenameUnitCommand,
        CloseYearCommand,
        ImportDisclosureCommand {
  BudgetId budgetId();
}
