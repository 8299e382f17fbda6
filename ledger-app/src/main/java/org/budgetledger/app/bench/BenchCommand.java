package org.budgetledger.app.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.budgetledger.app.adjustment.AdjustmentBatch;
import org.budgetledger.app.cli.LedgerSubcommand;
import org.budgetledger.app.rebuild.ProjectionRebuilder;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.projections.budget.BudgetViews;
import org.budgetledger.projections.entries.LedgerQueries;
import org.budgetledger.projections.tables.document.DisclosureTables;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./ledger bench}: builds a synthetic province-scale ledger through the real write path
 * (commands through Axon into the JDBC event store), then measures append and rebuild throughput,
 * table and trace latency at random points in time, heap, and PostgreSQL's COPY ceiling. With
 * {@code --nodes N} the same province goes through N server nodes instead ({@link
 * ProvinceThroughNodes}). Not a test: it writes into the configured database; point it at a scratch
 * schema.
 */
@Component
@Command(
    name = "bench",
    description = "Generate a synthetic ledger and measure it (scratch" + " database only).")
public class BenchCommand implements LedgerSubcommand {
  @Option(names = "--departments", defaultValue = "2000")
  int departments;

  @Option(names = "--units", defaultValue = "5", description = "Units per department.")
  int units;

  @Option(names = "--lines", defaultValue = "40", description = "Lines per unit.")
  int lines;

  @Option(
      names = "--adjustments",
      description = "Adjustments per budget (default: from" + " --events).")
  Integer adjustments;

  @Option(names = "--events", defaultValue = "1000000")
  long events;

  @Option(names = "--threads", defaultValue = "2")
  int threads;

  @Option(names = "--batch", defaultValue = "500", description = "Commands per transaction.")
  int batch;

  @Option(names = "--queries", defaultValue = "500")
  int queries;

  @Option(names = "--seed", defaultValue = "1")
  long seed;

  @Option(
      names = "--nodes",
      defaultValue = "0",
      description =
          "write through N server nodes it starts on one database (REST adjustment files of"
              + " --batch entries, --threads writers); 0: in process, then rebuild and queries")
  int nodes;

  @Option(names = "--port", defaultValue = "8097", description = "the first node's port")
  int port;

  @Option(names = "--user", defaultValue = "luru")
  String user;

  @Option(names = "--password", defaultValue = "luru-demo-2026")
  String password;

  @Option(
      names = "--server-java-option",
      description = "a JVM option for each node (e.g. -Xmx512m), repeatable")
  List<String> serverJavaOptions = new ArrayList<>();

  private final CommandGateway gateway;
  private final TransactionManager transactions;
  private final EventProcessingConfiguration processing;
  private final ProjectionRebuilder rebuilder;
  private final BudgetViews views;
  private final DisclosureTables tables;
  private final LedgerQueries ledger;
  private final JdbcTemplate jdbc;
  private final DataSource dataSource;
  private final AdjustmentBatch adjustmentBatch;

  public BenchCommand(
      CommandGateway gateway,
      TransactionManager transactions,
      EventProcessingConfiguration processing,
      ProjectionRebuilder rebuilder,
      BudgetViews views,
      DisclosureTables tables,
      LedgerQueries ledger,
      JdbcTemplate jdbc,
      DataSource dataSource,
      AdjustmentBatch adjustmentBatch) {
    this.gateway = gateway;
    this.transactions = transactions;
    this.processing = processing;
    this.rebuilder = rebuilder;
    this.views = views;
    this.tables = tables;
    this.ledger = ledger;
    this.jdbc = jdbc;
    this.dataSource = dataSource;
    this.adjustmentBatch = adjustmentBatch;
  }

  @Override
  public Integer call() throws Exception {
    BenchShape shape =
        new BenchShape(departments, units, lines, adjustments == null ? 0 : adjustments);
    shape = adjustments == null ? shape.withEvents(events) : shape;
    if (nodes > 0) {
      return throughNodes(shape);
    }
    // The import is measured alone: the projections catch up in the rebuild, measured next.
    processing.eventProcessors().values().stream()
        .filter(StreamingEventProcessor.class::isInstance)
        .forEach(p -> p.shutDown());
    try (HeapWatch heap = new HeapWatch()) {
      long before = count();
      long start = System.nanoTime();
      List<BudgetId> budgets = append(shape);
      double appendSeconds = (System.nanoTime() - start) / 1e9;
      Instant to = Instant.now();
      long appended = count() - before;
      System.out.printf("appended %,d events in %.1f s%n", appended, appendSeconds);

      start = System.nanoTime();
      rebuilder.rebuild(Duration.ofHours(3));
      double rebuildSeconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("rebuilt %,d events in %.1f s%n", count(), rebuildSeconds);

      Map<String, Instant> opened = new HashMap<>();
      jdbc.query(
          "SELECT budget_id, recorded_at FROM budget_fact WHERE fact_type ="
              + " 'BudgetOpenedEvent'",
          rs -> {
            opened.put(rs.getString(1), rs.getTimestamp(2).toInstant());
          });
      opened.keySet().retainAll(budgets.stream().map(BudgetId::toString).toList());
      Latencies[] times = new QueryProbe(views, tables, ledger, seed).run(opened, to, queries);
      Latencies commandTimes =
          new CommandProbe(adjustmentBatch, seed).run(budgets, Math.min(queries, 200));
      double ceiling = copyCeiling(appended);
      new BenchFigures(
              shape,
              appended,
              appended / appendSeconds,
              count() / rebuildSeconds,
              times[0],
              times[1],
              commandTimes,
              heap.peakLiveBytes(),
              Runtime.getRuntime().maxMemory(),
              ceiling,
              threads,
              batch)
          .print(System.out);
    }
    return 0;
  }

  /** The province written through N nodes it starts; this process only sends requests. */
  private Integer throughNodes(BenchShape shape) throws Exception {
    // The nodes run the read models' processors, and their writes wait for them.
    processing.eventProcessors().values().forEach(EventProcessor::shutDown);
    Path log = Path.of("target", "bench-nodes-server.log").toAbsolutePath();
    boolean exact =
        new ProvinceThroughNodes(shape, seed, threads, batch, this::recordedEntries)
            .run(
                port, nodes, log, serverJavaOptions, BenchServer.basic(user, password), System.out);
    return exact ? 0 : 1;
  }

  private long recordedEntries() {
    return jdbc.queryForObject(
        "SELECT COUNT(*) FROM domain_event_entry WHERE payload_type LIKE '%EntryRecordedEvent'",
        Long.class);
  }

  private List<BudgetId> append(BenchShape shape) throws Exception {
    BulkWriter writer = new BulkWriter(gateway, transactions);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<BudgetId>> done = new ArrayList<>();
    for (int d = 0; d < shape.departments(); d++) {
      int department = d;
      done.add(
          pool.submit(
              () -> {
                // Made when its turn comes: 20,000 departments' generators made up front (their
                // line keys) filled a 1 GiB heap before the first append.
                BudgetGenerator generator = new BudgetGenerator(shape, department, seed);
                List<Object> commands = generator.commands();
                for (int i = 0; i < commands.size(); i += batch) {
                  writer.sendInOneTransaction(
                      commands.subList(i, Math.min(commands.size(), i + batch)));
                }
                return generator.budget();
              }));
    }
    List<BudgetId> budgets = new ArrayList<>();
    for (Future<BudgetId> f : done) {
      budgets.add(f.get());
    }
    pool.shutdown();
    return budgets;
  }

  private double copyCeiling(long rows) throws Exception {
    String url = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getURL());
    if (url == null || !url.startsWith("jdbc:postgresql")) {
      return 0;
    }
    Double avg =
        jdbc.queryForObject("SELECT AVG(LENGTH(payload)) FROM domain_event_entry", Double.class);
    return new CopyCeiling(dataSource).rowsPerSecond(rows, avg == null ? 500 : avg.intValue());
  }

  private long count() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
  }
}
