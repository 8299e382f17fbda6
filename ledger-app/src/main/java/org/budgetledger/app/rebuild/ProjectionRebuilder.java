package org.budgetledger.app.rebuild;

import java.time.Duration;
import java.util.List;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.budgetledger.app.command.ProjectionFreshness;
import org.budgetledger.projections.entries.LedgerEntriesProjector;
import org.budgetledger.projections.facts.BudgetFactsProjector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Replays the whole event store into the read models. The processors stop, a bulk replay empties
 * both read models and writes every event already stored in one transaction (a failure leaves them
 * as they were), both processors' tokens are set to the last event it wrote, and the processors
 * start again from there: events appended meanwhile are theirs. Replaying through the processors
 * alone was far slower (README, Performance).
 */
@Service
public class ProjectionRebuilder {
  private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilder.class);
  private static final List<String> PROCESSORS =
      List.of(LedgerEntriesProjector.PROCESSING_GROUP, BudgetFactsProjector.PROCESSING_GROUP);

  /** The processors run one segment each (application.yml, initial-segment-count). */
  private static final int SEGMENT = 0;

  private final EventProcessingConfiguration processing;
  private final ProjectionFreshness freshness;
  private final BulkReplay replay;
  private final TokenStore tokens;
  private final TransactionManager transactions;

  public ProjectionRebuilder(
      EventProcessingConfiguration processing,
      ProjectionFreshness freshness,
      BulkReplay replay,
      TokenStore tokens,
      TransactionManager transactions) {
    this.processing = processing;
    this.freshness = freshness;
    this.replay = replay;
    this.tokens = tokens;
    this.transactions = transactions;
  }

  /** Rebuilds and waits until the read models have reached the head of the store. */
  public void rebuild(Duration timeout) {
    long start = System.nanoTime();
    List<StreamingEventProcessor> processors = PROCESSORS.stream().map(this::processor).toList();
    for (StreamingEventProcessor processor : processors) {
      processor.shutDown();
    }
    long reset = System.nanoTime();
    // The replay empties and refills both read models in one transaction: should it fail, they
    // are as they were and the processors go on from their own positions. Its tokens are stored
    // after the commit; should that fail, the processors apply again events whose rows exist, and
    // their writes replace rows by event id.
    try {
      TrackingToken last = replay.replayAll();
      if (last != null) {
        PROCESSORS.forEach(name -> moveTo(name, last));
      }
    } finally {
      processors.forEach(StreamingEventProcessor::start);
    }
    long replayed = System.nanoTime();
    freshness
        .awaitCaughtUp(timeout)
        .ifPresent(
            lag -> {
              throw new IllegalStateException(
                  "the rebuild did not reach the head of the event store: " + lag);
            });
    log.info(
        "rebuild: stop and reset {} ms, bulk replay {} ms, processors caught up {} ms",
        (reset - start) / 1_000_000,
        (replayed - reset) / 1_000_000,
        (System.nanoTime() - replayed) / 1_000_000);
  }

  private StreamingEventProcessor processor(String name) {
    return processing
        .eventProcessor(name, StreamingEventProcessor.class)
        .orElseThrow(() -> new IllegalStateException("no streaming processor " + name));
  }

  /**
   * Stores {@code token} as the processor's position as the processor itself would: claimed first
   * (the token store refuses a store without the claim), released after, so the processor claims it
   * again on start. The token is the storage engine's own (gap-aware, with any gaps of transactions
   * still in flight), the only kind this engine accepts to read from.
   */
  private void moveTo(String name, TrackingToken token) {
    transactions.executeInTransaction(
        () -> {
          if (tokens.fetchSegments(name).length == 0) {
            tokens.initializeTokenSegments(name, SEGMENT + 1, null);
          }
          // Every segment: each reads the whole stream and skips what is another's.
          for (int segment : tokens.fetchSegments(name)) {
            tokens.fetchToken(name, segment);
            tokens.storeToken(token, name, segment);
            tokens.releaseClaim(name, segment);
          }
        });
  }
}
