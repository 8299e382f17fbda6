package org.budgetledger.app.command;

import java.time.Duration;
import java.util.Optional;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.budgetledger.app.readmodel.ReadModelMonitor;
import org.budgetledger.core.budget.api.BudgetCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Sends commands and waits for their outcome and for the read models, so REST, CLI and web callers
 * see domain errors as themselves and their own writes in the next read. A write is refused before
 * it is sent while a read model has stopped; once committed it is a success, whatever the wait for
 * the read models then finds (that goes into the answer's note).
 */
@Service
public class LedgerCommands {
  private static final Logger LOG = LoggerFactory.getLogger(LedgerCommands.class);
  private static final Duration FRESHNESS = Duration.ofSeconds(30);
  private final CommandGateway gateway;
  private final ProjectionFreshness freshness;
  private final ReadModelMonitor monitor;

  public LedgerCommands(
      CommandGateway gateway, ProjectionFreshness freshness, ReadModelMonitor monitor) {
    this.gateway = gateway;
    this.freshness = freshness;
    this.monitor = monitor;
  }

  /** A committed command's result, and a note when the read models do not show it yet. */
  public record Sent<R>(R result, Optional<String> lag) {}

  public <R> R send(BudgetCommand command) {
    Sent<R> sent = sendNoting(command);
    sent.lag().ifPresent(note -> LOG.warn("Command committed; {}", note));
    return sent.result();
  }

  public <R> Sent<R> sendNoting(BudgetCommand command) {
    monitor.refuseWritesIfStopped();
    R result;
    try {
      result = gateway.sendAndWait(command);
    } catch (CommandExecutionException e) {
      throw RuleViolations.of(e).orElseThrow(() -> e);
    }
    return new Sent<>(result, freshness.awaitCaughtUp(FRESHNESS));
  }
}
