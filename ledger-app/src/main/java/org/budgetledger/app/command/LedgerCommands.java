package org.budgetledger.app.command;

import java.time.Duration;
import java.util.Optional;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.budgetledger.app.readmodel.ReadModelMonitor;
import org.budgetledger.app.store.AppendedEvents;
import org.budgetledger.core.budget.api.BudgetCommand;
import org.budgetledger.core.budget.api.BudgetRuleViolation;
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
  private final CommandAppends appends;
  private final CommandMetrics metrics;

  public LedgerCommands(
      CommandGateway gateway,
      ProjectionFreshness freshness,
      ReadModelMonitor monitor,
      CommandAppends appends,
      CommandMetrics metrics) {
    this.appends = appends;
    this.metrics = metrics;
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
    CommandMessage<?> message = GenericCommandMessage.asCommandMessage(command);
    appends.expect(message.getIdentifier());
    R result;
    Optional<AppendedEvents> appended;
    try {
      result = gateway.sendAndWait(message);
    } catch (CommandExecutionException e) {
      metrics.rejected();
      throw RuleViolations.of(e).orElseThrow(() -> e);
    } catch (BudgetRuleViolation e) {
      metrics.rejected();
      throw e;
    } catch (ConcurrencyException e) {
      metrics.conflict();
      throw e;
    } finally {
      appended = appends.take(message.getIdentifier());
    }
    long committed = System.nanoTime();
    // A command that appended nothing (an idempotent repeat) waits for the store as a whole, as
    // its answer is an earlier write, perhaps not yet applied.
    Optional<String> lag =
        appended.isPresent()
            ? freshness.awaitApplied(appended.get(), FRESHNESS)
            : freshness.awaitCaughtUp(FRESHNESS);
    metrics.committed(Duration.ofNanos(System.nanoTime() - committed));
    return new Sent<>(result, lag);
  }
}
