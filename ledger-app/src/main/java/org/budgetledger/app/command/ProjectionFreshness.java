package org.budgetledger.app.command;

import java.time.Duration;
import java.util.List;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.budgetledger.projections.entries.LedgerEntriesProjector;
import org.budgetledger.projections.facts.BudgetFactsProjector;
import org.springframework.stereotype.Component;

/**
 * Read-your-writes for the asynchronous projections: waits until both read models have processed
 * every event in the store, so a command's caller sees its own change in the next query.
 */
@Component
public class ProjectionFreshness {
  private static final List<String> PROCESSORS = List.of(
      LedgerEntriesProjector.PROCESSING_GROUP, BudgetFactsProjector.PROCESSING_GROUP);
  private final EventStore eventStore;
  private final TokenStore tokens;
  private final TransactionManager transactions;

  public ProjectionFreshness(EventStore eventStore, TokenStore tokens,
      TransactionManager transactions) {
    this.eventStore = eventStore;
    this.tokens = tokens;
    this.transactions = transactions;
  }

  /** Waits up to {@code timeout}; returns false when the projections are still behind then. */
  public boolean awaitCaughtUp(Duration timeout) {
    long head = position(eventStore.createHeadToken());
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (PROCESSORS.stream().allMatch(p -> processed(p) >= head)) {
        return true;
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return false;
  }

  private long processed(String processor) {
    try {
      return transactions.fetchInTransaction(() -> position(tokens.fetchToken(processor, 0)));
    } catch (RuntimeException e) {
      return -1; // no token yet: the processor has not started
    }
  }

  private static long position(TrackingToken token) {
    return token == null ? -1 : token.position().orElse(-1);
  }
}
