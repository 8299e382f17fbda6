package org.budgetledger.core.budget;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.budgetledger.core.budget.api.BudgetCommand;

/**
 * Routes a {@link BudgetCommand} by its budget id, read from the record, not by Axon's annotation
 * scan (which lists the command's methods and annotations on every command). Anything else goes the
 * annotated way. No command of a budget carries an expected version.
 */
final class BudgetCommandTargetResolver implements CommandTargetResolver {
  private final CommandTargetResolver annotated = AnnotationCommandTargetResolver.builder().build();

  @Override
  public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
    if (command.getPayload() instanceof BudgetCommand budgetCommand) {
      return new VersionedAggregateIdentifier(budgetCommand.budgetId().toString(), null);
    }
    return annotated.resolveTarget(command);
  }
}
