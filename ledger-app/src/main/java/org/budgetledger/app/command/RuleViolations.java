package org.budgetledger.app.command;

import java.util.Optional;
import org.axonframework.commandhandling.CommandExecutionException;
import org.budgetledger.core.budget.api.BudgetRuleViolation;

/**
 * The budget rule a command broke, however Axon hands the failure back: as itself, or wrapped in a
 * {@link CommandExecutionException} (the gateway wraps what the handler threw). The one place that
 * knows the wrapping, so every caller reports the rule, never Axon's wrapper.
 */
public final class RuleViolations {
  private RuleViolations() {}

  public static Optional<BudgetRuleViolation> of(Throwable failure) {
    if (failure instanceof BudgetRuleViolation violation) {
      return Optional.of(violation);
    }
    if (failure instanceof CommandExecutionException
        && failure.getCause() instanceof BudgetRuleViolation violation) {
      return Optional.of(violation);
    }
    return Optional.empty();
  }
}
