package org.budgetledger.app.rebuild;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.budgetledger.projections.entries.LegRows;
import org.budgetledger.projections.facts.FactTable;
import org.budgetledger.projections.slot.ReadModelSlot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Replays the whole event store into a slot beside the live one without the processors: the events
 * come from the storage engine's own stream (its upcasters and serializer, so exactly as a
 * processor sees them), their rows from the projectors' own row builders ({@link LegRows}, {@link
 * FactTable#row}), and go into a {@link ReplaySink} by pages of {@value #PAGE_EVENTS} events. A
 * processor pays a claim, a token update and a commit per 500 events and writes row by row; this
 * writes tens of thousands of rows per statement.
 *
 * <p>Three stages overlap: this thread reads the stored events, {@value #CONVERTERS} threads
 * deserialize pages of them into rows (deserialization was most of a single reading thread, the
 * bottleneck), and one thread writes the pages in turn. At most {@value #PAGES_IN_FLIGHT} pages are
 * held at once, so the heap does not grow with the store.
 */
@Component
class BulkReplay {
  private static final Logger log = LoggerFactory.getLogger(BulkReplay.class);
  private static final int PAGE_EVENTS = 5_000;
  private static final int CONVERTERS = 2;
  private static final int PAGES_IN_FLIGHT = 4;
  private final EventStorageEngine engine;
  private final FactTable facts;
  private final JdbcTemplate jdbc;
  private final DataSource dataSource;
  private final JsonMapper json;
  private final EventSchema schema;

  BulkReplay(
      EventStorageEngine engine,
      FactTable facts,
      JdbcTemplate jdbc,
      DataSource dataSource,
      JsonMapper json,
      EventSchema schema) {
    this.engine = engine;
    this.facts = facts;
    this.jdbc = jdbc;
    this.dataSource = dataSource;
    this.json = json;
    this.schema = schema;
  }

  /** The events in the store now: the total a rebuild's progress counts towards. */
  long storedEvents() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM " + schema.domainEventTable(), Long.class);
  }

  /**
   * Writes the rows of every event in the store into the {@code target} slot, emptied first, in one
   * transaction, and returns the token of the last event written (null for an empty store): the
   * catch-up goes on from it. On any failure the slot is left for the next rebuild to empty; the
   * live slot is never touched.
   */
  TrackingToken replayAll(ReadModelSlot live, ReadModelSlot target, RebuildTracker tracker) {
    boolean copy =
        Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) LegCopy::supports));
    Semaphore inFlight = new Semaphore(PAGES_IN_FLIGHT);
    List<CompletableFuture<Void>> pages = new ArrayList<>();
    TrackingToken last = null;
    long events = 0;
    long start = System.nanoTime();
    ReplaySink sink =
        copy
            ? PostgresReplaySink.open(dataSource, live, target, json)
            : new BatchReplaySink(dataSource, target, json);
    // Threads only once the sink is open: a sink that cannot open leaves none behind.
    ExecutorService converters =
        Executors.newFixedThreadPool(CONVERTERS, r -> new Thread(r, "bulk-replay-convert"));
    ExecutorService writer =
        Executors.newSingleThreadExecutor(r -> new Thread(r, "bulk-replay-write"));
    try (Stream<? extends TrackedEventMessage<?>> stream = engine.readEvents(null, false)) {
      Iterator<? extends TrackedEventMessage<?>> it = stream.iterator();
      List<TrackedEventMessage<?>> page = new ArrayList<>(PAGE_EVENTS);
      while (it.hasNext()) {
        TrackedEventMessage<?> message = it.next();
        page.add(message);
        last = message.trackingToken();
        events++;
        if (page.size() == PAGE_EVENTS || !it.hasNext()) {
          acquire(inFlight, pages);
          List<TrackedEventMessage<?>> full = page;
          pages.add(
              CompletableFuture.supplyAsync(() -> ReplayRows.of(full, facts), converters)
                  .thenAcceptAsync(
                      rows -> {
                        sink.write(rows.legs(), rows.facts());
                        tracker.add(full.size());
                      },
                      writer)
                  .whenComplete((done, failure) -> inFlight.release()));
          page = new ArrayList<>(PAGE_EVENTS);
        }
      }
      pages.forEach(BulkReplay::join);
      sink.finish();
    } finally {
      // A failed page ends the replay while others may still be writing: the sink is closed
      // (rolled back) only once its writer has stopped.
      converters.shutdownNow();
      writer.shutdownNow();
      awaitStop(writer);
      sink.close();
    }
    log.info(
        "bulk replay wrote {} events up to {} into the {} slot in {} ms ({})",
        events,
        last,
        target.key(),
        (System.nanoTime() - start) / 1_000_000,
        copy ? "COPY" : "JDBC batches");
    return last;
  }

  /** Waits for a free page; a page that failed ends the replay with its cause. */
  private static void acquire(Semaphore inFlight, List<CompletableFuture<Void>> pages) {
    try {
      inFlight.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("bulk replay interrupted", e);
    }
    pages.removeIf(page -> page.isDone() && join(page));
  }

  private static void awaitStop(ExecutorService writer) {
    try {
      if (!writer.awaitTermination(1, TimeUnit.MINUTES)) {
        log.warn("bulk replay: the writer did not stop within a minute");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static boolean join(CompletableFuture<Void> page) {
    try {
      page.join();
      return true;
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r
          ? r
          : new IllegalStateException("bulk replay failed", e.getCause());
    }
  }
}
