package org.budgetledger.app.readmodel;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
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
 * The state of the read models' processors against the event store: how far each has come, and
 * which has stopped on which event. Read by the freshness wait, the write path (which refuses to
 * pile entries onto a stopped read model), the health endpoint, {@code ./ledger status} and {@code
 * verify}, and the pages.
 */
@Component
public class ReadModelMonitor {
  /** The processing groups of the read models, in the order they are reported. */
  public static final List<String> PROCESSORS =
      List.of(LedgerEntriesProjector.PROCESSING_GROUP, BudgetFactsProjector.PROCESSING_GROUP);

  private final EventStore eventStore;
  private final TokenStore tokens;
  private final TransactionManager transactions;
  private final ProcessorFailures failures;
  private final EventProcessingConfiguration processing;

  public ReadModelMonitor(
      EventStore eventStore,
      TokenStore tokens,
      TransactionManager transactions,
      ProcessorFailures failures,
      EventProcessingConfiguration processing) {
    this.eventStore = eventStore;
    this.tokens = tokens;
    this.transactions = transactions;
    this.failures = failures;
    this.processing = processing;
  }

  /** Every read model's status; reads the database (throws when it cannot be reached). */
  public List<ProcessorStatus> status() {
    return status(head());
  }

  /** The position of the last event in the store (reads the database). */
  public long head() {
    return position(eventStore.createHeadToken());
  }

  /** Every read model's status against a head read before (a waiter reads the head once). */
  public List<ProcessorStatus> status(long head) {
    return PROCESSORS.stream()
        .map(
            p -> {
              long at = processed(p);
              return new ProcessorStatus(p, at, head, failures.of(p, at).orElse(null));
            })
        .toList();
  }

  /** The first read model known to have stopped, from memory only (no database access). */
  public Optional<ProcessorStatus> stopped() {
    for (String p : PROCESSORS) {
      Optional<ProcessorFailure> f = failures.of(p, -1);
      if (f.isPresent()) {
        return status().stream().filter(ProcessorStatus::stopped).findFirst();
      }
    }
    return Optional.empty();
  }

  /** Refuses a write while a read model cannot apply what is already recorded. */
  public void refuseWritesIfStopped() {
    stopped()
        .ifPresent(
            s -> {
              throw new ReadModelStoppedException(s);
            });
  }

  /**
   * How far a read model has come. Where its processor runs in this process, its in-memory status,
   * which Axon advances as soon as a batch commits, or at once past events the read model has no
   * handler for. The stored token is the fallback (a processor on another node): a pooled processor
   * stores it after such events only when it extends its claim, so waiting on it alone cost each
   * write about half a second (README, Performance).
   */
  long processed(String processor) {
    OptionalLong inMemory =
        processing
            .eventProcessor(processor, StreamingEventProcessor.class)
            .filter(StreamingEventProcessor::isRunning)
            .map(ReadModelMonitor::position)
            .orElse(OptionalLong.empty());
    if (inMemory.isPresent()) {
      return inMemory.getAsLong();
    }
    try {
      return transactions.fetchInTransaction(() -> position(tokens.fetchToken(processor, 0)));
    } catch (org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException e) {
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

  static long position(TrackingToken token) {
    return token == null ? -1 : token.position().orElse(-1);
  }
}
