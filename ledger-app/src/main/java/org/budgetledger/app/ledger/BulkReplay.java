package org.budgetledger.app.ledger;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.budgetledger.core.budget.api.BudgetEvent;
import org.budgetledger.core.budget.api.EntryRecordedEvent;
import org.budgetledger.projections.entries.LegRow;
import org.budgetledger.projections.entries.LegRows;
import org.budgetledger.projections.entries.LegTable;
import org.budgetledger.projections.facts.FactRow;
import org.budgetledger.projections.facts.FactTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Replays the whole event store into emptied read models without the processors: the events come
 * from the storage engine's own stream (its upcasters and serializer, so exactly as a processor
 * sees them), their rows from the projectors' own row builders ({@link LegRows}, {@link
 * FactTable#row}), and go in by pages of {@value #PAGE_EVENTS} events, one transaction each (about
 * 20,000 legs at the bench's 4 legs an event). A processor pays a claim, a token update and a
 * commit per 500 events and writes row by row; this writes tens of thousands of rows per statement.
 */
@Component
class BulkReplay {
  private static final Logger log = LoggerFactory.getLogger(BulkReplay.class);
  private static final int PAGE_EVENTS = 5_000;
  private final EventStorageEngine engine;
  private final LegTable legs;
  private final FactTable facts;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;

  BulkReplay(EventStorageEngine engine, LegTable legs, FactTable facts, JdbcTemplate jdbc,
      PlatformTransactionManager transactions) {
    this.engine = engine;
    this.legs = legs;
    this.facts = facts;
    this.jdbc = jdbc;
    this.transactions = new TransactionTemplate(transactions);
  }

  /**
   * Writes the rows of every event in the store, which the tables must not hold yet, and returns
   * the token of the last event written (null for an empty store): the processors go on from it.
   * One page is written on a second thread while the next is read and deserialized, so the time
   * is about the larger of reading and writing rather than their sum.
   */
  TrackingToken replayAll() {
    boolean copy = Boolean.TRUE.equals(
        jdbc.execute((ConnectionCallback<Boolean>) LegCopy::supports));
    ExecutorService writer = Executors.newSingleThreadExecutor(r -> new Thread(r, "bulk-replay"));
    TrackingToken last = null;
    Future<?> writing = CompletableFuture.completedFuture(null);
    List<LegRow> legRows = new ArrayList<>();
    List<FactRow> factRows = new ArrayList<>();
    long events = 0;
    long start = System.nanoTime();
    try (Stream<? extends TrackedEventMessage<?>> stream = engine.readEvents(null, false)) {
      Iterator<? extends TrackedEventMessage<?>> it = stream.iterator();
      while (it.hasNext()) {
        TrackedEventMessage<?> message = it.next();
        add(message, legRows, factRows);
        last = message.trackingToken();
        if (++events % PAGE_EVENTS == 0) {
          await(writing);
          writing = writer.submit(write(legRows, factRows, copy));
          legRows = new ArrayList<>();
          factRows = new ArrayList<>();
        }
      }
      await(writing);
      write(legRows, factRows, copy).run();
    } finally {
      writer.shutdownNow();
    }
    log.info("bulk replay wrote {} events up to {} in {} ms ({})", events, last,
        (System.nanoTime() - start) / 1_000_000, copy ? "COPY" : "JDBC batches");
    return last;
  }

  /** Waits for the page in writing; its failure ends the replay with the failure's cause. */
  private static void await(Future<?> writing) {
    try {
      writing.get();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r
          : new IllegalStateException("bulk replay failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("bulk replay interrupted", e);
    }
  }

  /**
   * Routes an event as the two projectors' handlers do: entries to the legs, every other budget
   * event to the facts, anything else (an unknown type included) nowhere. The payload type is
   * tested first, so only events that are kept get deserialized.
   */
  private void add(TrackedEventMessage<?> message, List<LegRow> legRows, List<FactRow> factRows) {
    Class<?> type = message.getPayloadType();
    long globalIndex = message.trackingToken().position().orElse(-1);
    if (EntryRecordedEvent.class.isAssignableFrom(type)) {
      legRows.addAll(LegRows.of((EntryRecordedEvent) message.getPayload(),
          message.getIdentifier(), globalIndex, message.getTimestamp()));
    } else if (BudgetEvent.class.isAssignableFrom(type)) {
      factRows.add(facts.row(message.getIdentifier(), globalIndex,
          (BudgetEvent) message.getPayload(), message.getTimestamp()));
    }
  }

  /** One page, written in its own transaction. */
  private Runnable write(List<LegRow> legRows, List<FactRow> factRows, boolean copy) {
    return () -> {
      if (legRows.isEmpty() && factRows.isEmpty()) {
        return;
      }
      transactions.executeWithoutResult(status -> {
        if (copy) {
          jdbc.execute((ConnectionCallback<Long>) c -> LegCopy.copy(c, legRows));
        } else {
          legs.insertAll(legRows);
        }
        facts.insertAll(factRows);
      });
    };
  }
}
