package org.budgetledger.app.command;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.locks.LockSupport;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.budgetledger.projections.entries.LedgerEntriesProjector;
import org.budgetledger.projections.facts.BudgetFactsProjector;
import org.springframework.stereotype.Component;

/**
 * Read-your-writes for the asynchronous projections: waits until both read models have processed
 * every event in the store, so a command's caller sees its own change in the next query.
 *
 * <p>Where the processor runs in this process, its position is read from its in-memory status,
 * which Axon advances as soon as a batch is committed, or at once for events the read model has no
 * handler for. The stored token is the fallback (a processor of another node): a pooled processor
 * stores it after such events only when it extends its claim, so waiting on it alone cost each
 * write about half a second (README, Performance).
 */
@Component
public class ProjectionFreshness {
  /** The in-memory status is cheap to read; a millisecond keeps the wait close to the work. */
  private static final long POLL_NANOS = 1_000_000;
  private static final List<String> PROCESSORS = List.of(
      LedgerEntriesProjector.PROCESSING_GROUP, BudgetFactsProjector.PROCESSING_GROUP);
  private final EventStore eventStore;
  private final TokenStore tokens;
  private final TransactionManager transactions;
  private final EventProcessingConfiguration processing;

  public ProjectionFreshness(EventStore eventStore, TokenStore tokens,
      TransactionManager transactions, EventProcessingConfiguration processing) {
    this.eventStore = eventStore;
    this.tokens = tokens;
    this.transactions = transactions;
    this.processing = processing;
  }

  /** Waits up to {@code timeout}; returns false when the projections are still behind then. */
  public boolean awaitCaughtUp(Duration timeout) {
    long head = position(eventStore.createHeadToken());
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (PROCESSORS.stream().allMatch(p -> processed(p) >= head)) {
        return true;
      }
      LockSupport.parkNanos(POLL_NANOS);
      if (Thread.currentThread().isInterrupted()) {
        return false;
      }
    }
    return false;
  }

  private long processed(String processor) {
    OptionalLong inMemory = processing.eventProcessor(processor, StreamingEventProcessor.class)
        .filter(StreamingEventProcessor::isRunning)
        .map(ProjectionFreshness::position)
        .orElse(OptionalLong.empty());
    if (inMemory.isPresent()) {
      return inMemory.getAsLong();
    }
    try {
      return transactions.fetchInTransaction(() -> position(tokens.fetchToken(processor, 0)));
    } catch (RuntimeException e) {
      return -1; // no token yet: the processor has not started
    }
  }

  /** The lowest position of the processor's segments in this process, if it has claimed any. */
  private static OptionalLong position(StreamingEventProcessor processor) {
    Map<Integer, EventTrackerStatus> status = processor.processingStatus();
    if (status.isEmpty()) {
      return OptionalLong.empty();
    }
    long lowest = Long.MAX_VALUE;
    for (EventTrackerStatus segment : status.values()) {
      if (segment.isErrorState() || segment.getCurrentPosition().isEmpty()) {
        return OptionalLong.empty();
      }
      lowest = Math.min(lowest, segment.getCurrentPosition().getAsLong());
    }
    return OptionalLong.of(lowest);
  }

  private static long position(TrackingToken token) {
    return token == null ? -1 : token.position().orElse(-1);
  }
}
