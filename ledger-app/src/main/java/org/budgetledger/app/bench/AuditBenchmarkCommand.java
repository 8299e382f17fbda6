package org.budgetledger.app.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.budgetledger.app.audit.trail.AuditTrail;
import org.budgetledger.app.audit.trail.StoredLog;
import org.budgetledger.app.audit.verification.VerificationReport;
import org.budgetledger.app.cli.LedgerSubcommand;
import org.budgetledger.app.store.EventStorageEngines;
import org.budgetledger.core.budget.api.EntryRecordedEvent;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./ledger benchmark-audit}: append throughput through the application's storage engine,
 * then verification speed over the whole stored log. Run it once as is and once with {@code
 * --without-hashes} (an engine of its own that leaves the hash rows out; on a database of its own:
 * events appended without hashes fail verification) to see what hashing costs. Writes synthetic
 * budgets; never on a real ledger.
 */
@Component
@Command(
    name = "benchmark-audit",
    hidden = true,
    description = "Measure append throughput and verification speed (writes synthetic events).")
public class AuditBenchmarkCommand implements LedgerSubcommand {
  private final EventStorageEngine engine;
  private final EventStorageEngines engines;
  private final AuditTrail trail;
  private final StoredLog log;
  private final EventProcessingConfiguration processing;

  @Option(names = "--events", defaultValue = "100000")
  int events;

  @Option(names = "--aggregates", defaultValue = "1000")
  int aggregates;

  @Option(names = "--threads", defaultValue = "4")
  int threads;

  @Option(
      names = "--per-transaction",
      defaultValue = "1",
      description = "events per append transaction, as one command's events")
  int perTransaction;

  @Option(
      names = "--without-hashes",
      description = "append without the audit hash rows, the baseline (scratch database only)")
  boolean withoutHashes;

  public AuditBenchmarkCommand(
      EventStorageEngine engine,
      EventStorageEngines engines,
      AuditTrail trail,
      StoredLog log,
      EventProcessingConfiguration processing) {
    this.engine = engine;
    this.engines = engines;
    this.trail = trail;
    this.log = log;
    this.processing = processing;
  }

  @Override
  public Integer call() throws Exception {
    // The projections would otherwise work through the synthetic events during the measurement.
    processing.eventProcessors().values().forEach(EventProcessor::shutDown);
    boolean hashing = !withoutHashes;
    EventStorageEngine appender = hashing ? engine : engines.build(new NoHashes());
    String run = Long.toHexString(System.nanoTime());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    List<Future<?>> writers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      writers.add(pool.submit(() -> append(appender, run, thread)));
    }
    for (Future<?> writer : writers) {
      writer.get();
    }
    pool.shutdown();
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "append, hashing %s: %,d events in %.1f s = %,.0f events/s (%d threads, %d per transaction)%n",
        hashing ? "on " : "off", events, seconds, events / seconds, threads, perTransaction);
    if (hashing) {
      start = System.nanoTime();
      long read =
          log.read(
              Long.MAX_VALUE,
              rows -> {
                long n = 0;
                for (; rows.hasNext(); rows.next()) {
                  n++;
                }
                return n;
              });
      seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          "read the log only: %,d events in %.1f s = %,.0f events/s%n",
          read, seconds, read / seconds);
      start = System.nanoTime();
      VerificationReport report = trail.verify();
      seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          "verify: %,d events in %.1f s = %,.0f events/s: %s%n",
          report.eventsChecked(), seconds, report.eventsChecked() / seconds, report.summary());
    }
    return 0;
  }

  /** This thread's share: its own aggregates, so that sequence numbers never collide. */
  private Void append(EventStorageEngine appender, String run, int thread) {
    int share = events / threads;
    int ownAggregates = Math.max(1, aggregates / threads);
    long[] next = new long[ownAggregates];
    EntryRecordedEvent payload = BenchmarkEvents.entry();
    for (int i = 0; i < share; i += perTransaction) {
      int aggregate = (i / perTransaction) % ownAggregates;
      String id = "bench-" + run + "-" + thread + "-" + aggregate;
      List<GenericDomainEventMessage<?>> batch = new ArrayList<>(perTransaction);
      for (int j = 0; j < perTransaction && i + j < share; j++) {
        batch.add(
            new GenericDomainEventMessage<>(
                "DepartmentBudgetAggregate", id, next[aggregate]++, payload));
      }
      appender.appendEvents(batch);
    }
    return null;
  }
}
