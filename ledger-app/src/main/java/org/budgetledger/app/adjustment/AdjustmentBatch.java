package org.budgetledger.app.adjustment;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.budgetledger.app.command.ProjectionFreshness;
import org.budgetledger.app.command.RuleViolations;
import org.budgetledger.core.budget.api.BudgetRuleViolation;
import org.budgetledger.core.model.EntryId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Records the entries of an adjustment file all or nothing. Every command is sent inside one root
 * unit of work bound to one Spring transaction (Axon's {@code SpringTransactionManager}): each
 * command's own unit of work is nested in it and joins that transaction, its events are appended
 * only when the root commits, and a rejection of any entry rolls the root back, so the event store
 * never holds part of a file. The aggregate lives in the root unit of work only (the repository
 * keeps no cache across units of work), so a rollback leaves no state behind in memory either.
 *
 * <p>A dry run handles every command the same way, so the domain rules are checked exactly as for
 * real, and then rolls back.
 */
@Service
public class AdjustmentBatch {
  private static final Duration FRESHNESS = Duration.ofSeconds(30);
  private static final Logger LOG = LoggerFactory.getLogger(AdjustmentBatch.class);
  private final CommandGateway gateway;
  private final TransactionManager transactions;
  private final ProjectionFreshness freshness;

  public AdjustmentBatch(
      CommandGateway gateway, TransactionManager transactions, ProjectionFreshness freshness) {
    this.gateway = gateway;
    this.transactions = transactions;
    this.freshness = freshness;
  }

  /** The entry ids, in the file's order; none is recorded when {@code dryRun} or on a failure. */
  public List<EntryId> record(List<AdjustmentEntry> entries, boolean dryRun) {
    if (!dryRun) {
      freshness.refuseWritesIfStopped();
    }
    List<EntryId> ids = sendAll(entries, dryRun);
    if (!dryRun) {
      freshness
          .awaitCaughtUp(FRESHNESS)
          .ifPresent(lag -> LOG.warn("Adjustment file recorded; {}", lag));
    }
    return ids;
  }

  /** Sends commands in one transaction; commits unless {@code rollBack}. For bulk writers too. */
  public List<EntryId> sendAll(List<AdjustmentEntry> entries, boolean rollBack) {
    UnitOfWork<?> root = DefaultUnitOfWork.startAndGet(null);
    root.attachTransaction(transactions);
    List<EntryId> ids = new ArrayList<>();
    try {
      for (AdjustmentEntry entry : entries) {
        ids.add(send(entry));
      }
    } catch (RuntimeException | Error e) {
      root.rollback(e);
      throw e;
    }
    if (rollBack) {
      root.rollback();
    } else {
      root.commit();
    }
    return ids;
  }

  private EntryId send(AdjustmentEntry entry) {
    try {
      return gateway.sendAndWait(entry.command());
    } catch (BudgetRuleViolation | CommandExecutionException e) {
      throw new AdjustmentRejectedException(
          entry.place(), RuleViolations.of(e).orElseThrow(() -> e));
    }
  }
}
