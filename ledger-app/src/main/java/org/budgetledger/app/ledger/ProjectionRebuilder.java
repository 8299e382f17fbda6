package org.budgetledger.app.ledger;

import java.time.Duration;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.budgetledger.projections.entries.LedgerEntriesProjector;
import org.budgetledger.projections.facts.BudgetFactsProjector;
import org.springframework.stereotype.Service;

/**
 * Drops the read models and replays the whole event store into them: each projector's reset
 * handler empties its own tables, then its processor starts again from the first event.
 */
@Service
public class ProjectionRebuilder {
  private static final List<String> PROCESSORS = List.of(
      LedgerEntriesProjector.PROCESSING_GROUP, BudgetFactsProjector.PROCESSING_GROUP);
  private final EventProcessingConfiguration processing;
  private final ProjectionFreshness freshness;

  public ProjectionRebuilder(EventProcessingConfiguration processing,
      ProjectionFreshness freshness) {
    this.processing = processing;
    this.freshness = freshness;
  }

  /** Rebuilds and waits until the replay has reached the head of the store. */
  public void rebuild(Duration timeout) {
    for (String name : PROCESSORS) {
      StreamingEventProcessor processor = processing
          .eventProcessor(name, StreamingEventProcessor.class)
          .orElseThrow(() -> new IllegalStateException("no streaming processor " + name));
      processor.shutDown();
      processor.resetTokens();
      processor.start();
    }
    if (!freshness.awaitCaughtUp(timeout)) {
      throw new IllegalStateException("the rebuild did not reach the head of the event store in "
          + timeout);
    }
  }
}
