package org.budgetledger.app.readmodel;

import java.util.List;
import java.util.Optional;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.budgetledger.projections.entries.LedgerEntriesProjector;
import org.budgetledger.projections.facts.BudgetFactsProjector;
import org.springframework.stereotype.Component;

/**
 * The state of the read models' processors against the event store: how far each has come, and
 * which has stopped on which event. Read by the freshness wait, the write path (which refuses to
 * pile entries onto a stopped read model), the health endpoint, {@code ./ledger status} and
 * {@code verify}, and the pages.
 */
@Component
public class ReadModelMonitor {
  /** The processing groups of the read models, in the order they are reported. */
  public static final List<String> PROCESSORS = List.of(
      LedgerEntriesProjector.PROCESSING_GROUP, BudgetFactsProjector.PROCESSING_GROUP);
  private final EventStore eventStore;
  private final TokenStore tokens;
  private final TransactionManager transactions;
  private final ProcessorFailures failures;

  public ReadModelMonitor(EventStore eventStore, TokenStore tokens,
      TransactionManager transactions, ProcessorFailures failures) {
    this.eventStore = eventStore;
    this.tokens = tokens;
    this.transactions = transactions;
    this.failures = failures;
  }

  /** Every read model's status; reads the database (throws when it cannot be reached). */
  public List<ProcessorStatus> status() {
    long head = position(eventStore.createHeadToken());
    return PROCESSORS.stream().map(p -> {
      long at = processed(p);
      return new ProcessorStatus(p, at, head, failures.of(p, at).orElse(null));
    }).toList();
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
    stopped().ifPresent(s -> {
      throw new ReadModelStoppedException(s);
    });
  }

  long processed(String processor) {
    try {
      return transactions.fetchInTransaction(() -> position(tokens.fetchToken(processor, 0)));
    } catch (org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException e) {
      return -1; // no token yet: the processor has not started
    }
  }

  static long position(TrackingToken token) {
    return token == null ? -1 : token.position().orElse(-1);
  }
}
