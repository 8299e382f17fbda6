package org.budgetledger.app.command;

import java.time.Duration;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.budgetledger.core.budget.api.BudgetCommand;
import org.springframework.stereotype.Service;

/**
 * Sends commands and waits for their outcome and for the read models, so REST, CLI and web callers
 * see domain errors as themselves and their own writes in the next read.
 */
@Service
public class LedgerCommands {
  private static final Duration FRESHNESS = Duration.ofSeconds(30);
  private final CommandGateway gateway;
  private final ProjectionFreshness freshness;

  public LedgerCommands(CommandGateway gateway, ProjectionFreshness freshness) {
    this.gateway = gateway;
    this.freshness = freshness;
  }

  public <R> R send(BudgetCommand command) {
    try {
      R result = gateway.sendAndWait(command);
      freshness.awaitCaughtUp(FRESHNESS);
      return result;
    } catch (CommandExecutionException e) {
      throw RuleViolations.of(e).orElseThrow(() -> e);
    }
  }
}
