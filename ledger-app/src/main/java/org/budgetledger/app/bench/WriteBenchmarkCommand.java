package org.budgetledger.app.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.budgetledger.app.cli.LedgerSubcommand;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./ledger bench-writes --writers N}: starts a server on loopback (its own port, the
 * database the environment names), opens one budget through REST, and has N writers each post
 * {@code --entries} 追加 entries of 1.00 万元 to that one budget, one at a time, as a clerk's client
 * would. With {@code --nodes N} it starts N servers on one database and spreads the writers over
 * them; with {@code --budgets B}, over B budgets. Prints entries/s and the latency percentiles of
 * the acknowledged writes, then checks that the budget holds exactly the acknowledged entries: none
 * lost, none twice.
 */
@Component
@Command(
    name = "bench-writes",
    description = "Benchmark concurrent REST writes on one budget against a server it starts.")
public class WriteBenchmarkCommand implements LedgerSubcommand {

  private static final long ENTRY_FEN = 1_000_000;
  private static final Pattern AMOUNT = Pattern.compile("\"amount\":(-?\\d+)");

  @Option(names = "--writers", defaultValue = "1", description = "concurrent writers")
  int writers;

  @Option(names = "--entries", defaultValue = "200", description = "entries per writer")
  int entries;

  @Option(names = "--warmup", defaultValue = "20", description = "entries before timing")
  int warmup;

  @Option(names = "--port", defaultValue = "8096", description = "the first node's port")
  int port;

  @Option(
      names = "--nodes",
      defaultValue = "1",
      description =
          "servers on one database, on ports from --port; writer w goes through node w %% N")
  int nodes;

  @Option(
      names = "--budgets",
      defaultValue = "1",
      description = "budgets written; writer w writes to budget w %% B")
  int budgets;

  @Option(names = "--user", defaultValue = "luru")
  String user;

  @Option(names = "--password", defaultValue = "luru-demo-2026")
  String password;

  @Option(names = "--server-arg", description = "an extra argument for the server, repeatable")
  List<String> serverArgs = new ArrayList<>();

  @Option(
      names = "--server-java-option",
      description = "a JVM option for the server (e.g. -XX:StartFlightRecording=…), repeatable")
  List<String> serverJavaOptions = new ArrayList<>();

  private final EventProcessingConfiguration processing;

  public WriteBenchmarkCommand(EventProcessingConfiguration processing) {
    this.processing = processing;
  }

  @Override
  public Integer call() throws Exception {
    // This command line process must not hold the read models' processors: the server it starts
    // runs them, and its writes wait for them.
    processing.eventProcessors().values().forEach(EventProcessor::shutDown);
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    String authorization = BenchServer.basic(user, password);
    Path log = Path.of("target", "bench-writes-server.log").toAbsolutePath();
    try (BenchCluster cluster =
        BenchCluster.start(port, nodes, log, serverJavaOptions, serverArgs, http, authorization)) {
      List<BenchServer> servers = cluster.servers();
      List<RestWriter> through =
          servers.stream().map(server -> new RestWriter(http, server, authorization)).toList();
      String stamp = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase();
      List<String> opened = new ArrayList<>();
      for (int b = 0; b < budgets; b++) {
        opened.add(through.get(b % nodes).openBudget("W" + stamp + b));
      }
      for (int i = 0; i < warmup; i++) {
        through.get(i % nodes).supplement(opened.get(i % budgets), "warmup-" + i);
      }
      Latencies latencies = new Latencies(writers * entries);
      ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
      AtomicLong acknowledged = new AtomicLong(warmup);
      long started = System.nanoTime();
      run(through, opened, latencies, failures, acknowledged);
      double seconds = (System.nanoTime() - started) / 1e9;
      long recordedFen = 0;
      for (String budget : opened) {
        recordedFen += recordedFen(http, servers.get(0), authorization, budget);
      }
      print(latencies, seconds, failures, acknowledged.get(), recordedFen, log);
      return failures.isEmpty() && recordedFen == acknowledged.get() * ENTRY_FEN ? 0 : 1;
    }
  }

  private void run(
      List<RestWriter> through,
      List<String> opened,
      Latencies latencies,
      ConcurrentLinkedQueue<String> failures,
      AtomicLong acknowledged)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    CountDownLatch start = new CountDownLatch(1);
    for (int w = 0; w < writers; w++) {
      String prefix = "w" + w + "-";
      RestWriter writer = through.get(w % nodes);
      String budget = opened.get(w % budgets);
      pool.submit(
          () -> {
            start.await();
            for (int i = 0; i < entries; i++) {
              long t0 = System.nanoTime();
              String failure = writer.supplement(budget, prefix + i);
              long elapsed = System.nanoTime() - t0;
              if (failure == null) {
                synchronized (latencies) {
                  latencies.add(elapsed);
                }
                acknowledged.incrementAndGet();
              } else {
                failures.add(prefix + i + ": " + failure);
              }
            }
            return null;
          });
    }
    start.countDown();
    pool.shutdown();
    if (!pool.awaitTermination(30, TimeUnit.MINUTES)) {
      throw new IllegalStateException("writers did not finish in 30 minutes");
    }
  }

  private static long recordedFen(
      HttpClient http, BenchServer server, String authorization, String budget) throws Exception {
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(server.uri("/api/budgets/" + budget + "/balances?groupBy=unit"))
                .header("Authorization", authorization)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    long sum = 0;
    for (Matcher m = AMOUNT.matcher(answer.body()); m.find(); ) {
      sum += Long.parseLong(m.group(1));
    }
    return sum;
  }

  private void print(
      Latencies latencies,
      double seconds,
      ConcurrentLinkedQueue<String> failures,
      long acknowledged,
      long recordedFen,
      Path log) {
    System.out.printf(
        "Bench: %d writer(s) on %d budget(s) through %d node(s), %d 追加 each through REST"
            + " (HTTP Basic), after %d warm-up entries; server log %s%n",
        writers, budgets, nodes, entries, warmup, log);
    System.out.printf("%-28s %12s%n", "figure", "value");
    System.out.printf("%-28s %,12.1f%n", "entries/s", latencies.count() / seconds);
    System.out.printf("%-28s %12.1f%n", "write p50 (ms)", latencies.percentileMillis(50));
    System.out.printf("%-28s %12.1f%n", "write p99 (ms)", latencies.percentileMillis(99));
    System.out.printf("%-28s %12.1f%n", "write max (ms)", latencies.percentileMillis(100));
    System.out.printf("%-28s %,12d%n", "acknowledged", acknowledged);
    System.out.printf("%-28s %,12d%n", "failed", failures.size());
    System.out.printf(
        "%-28s %,12d fen (expected %,d: %s)%n",
        "recorded",
        recordedFen,
        acknowledged * ENTRY_FEN,
        recordedFen == acknowledged * ENTRY_FEN ? "exact" : "DIFFERENT");
    failures.stream().limit(5).forEach(f -> System.out.println("  failed " + f));
  }
}
