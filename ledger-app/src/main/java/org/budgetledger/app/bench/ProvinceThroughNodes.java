package org.budgetledger.app.bench;

import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.budgetledger.core.budget.api.OpenBudgetCommand;

/**
 * {@code ./ledger bench --nodes N}: the synthetic province of the in-process bench, written as a
 * client would through N nodes on one database: each budget opened by {@code POST /api/budgets} and
 * its entries sent in adjustment files of {@code batch} entries ({@code POST …/adjustments}, one
 * transaction each, read-your-writes included), department d through node d mod N. A budget per
 * node is written first to warm the nodes up. Prints append throughput, and each node's entries/s
 * and file latency; checks that the store gained exactly the entries acknowledged.
 */
final class ProvinceThroughNodes {
  private final BenchShape shape;
  private final long seed;
  private final int threads;
  private final int batch;
  private final LongSupplier recordedEntries;

  ProvinceThroughNodes(
      BenchShape shape, long seed, int threads, int batch, LongSupplier recordedEntries) {
    this.shape = shape;
    this.seed = seed;
    this.threads = threads;
    this.batch = batch;
    this.recordedEntries = recordedEntries;
  }

  /**
   * Starts {@code count} nodes on ports from {@code port} and writes the province through them;
   * true when every file was acknowledged and the store holds exactly those entries.
   */
  boolean run(
      int port,
      int count,
      Path log,
      List<String> javaOptions,
      String authorization,
      PrintStream out)
      throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    try (BenchCluster cluster =
        BenchCluster.start(port, count, log, javaOptions, List.of(), http, authorization)) {
      boolean exact = run(cluster.servers(), http, authorization, out);
      out.println("server logs: " + log + " and its siblings");
      return exact;
    }
  }

  private boolean run(
      List<BenchServer> nodes, HttpClient http, String authorization, PrintStream out)
      throws InterruptedException {
    int n = nodes.size();
    NodeWrites warmup = new NodeWrites(n, 1 << 16);
    // Warm-up budgets take department numbers after the province's own.
    write(nodes, http, authorization, shape.departments(), shape.departments() + n, warmup);
    long before = recordedEntries.getAsLong();
    NodeWrites timed = new NodeWrites(n, shape.departments() * (shape.adjustments() / batch + 2));
    long start = System.nanoTime();
    write(nodes, http, authorization, 0, shape.departments(), timed);
    double seconds = (System.nanoTime() - start) / 1e9;
    long recorded = recordedEntries.getAsLong() - before;
    timed.print(out, shape, seconds, recorded, threads, batch);
    return warmup.failures.isEmpty() && timed.failures.isEmpty() && recorded == timed.entries();
  }

  private void write(
      List<BenchServer> nodes,
      HttpClient http,
      String authorization,
      int from,
      int to,
      NodeWrites tally)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    for (int d = from; d < to; d++) {
      int department = d;
      int node = d % nodes.size();
      BenchServer server = nodes.get(node);
      pool.submit(() -> writeBudget(server, node, department, http, authorization, tally));
    }
    pool.shutdown();
    if (!pool.awaitTermination(3, TimeUnit.HOURS)) {
      pool.shutdownNow();
      throw new IllegalStateException("the writers did not finish within 3 hours");
    }
  }

  /** One department's budget through one node, stopping at its first refused request. */
  private void writeBudget(
      BenchServer server,
      int node,
      int department,
      HttpClient http,
      String auth,
      NodeWrites tally) {
    BudgetGenerator generator = new BudgetGenerator(shape, department, seed);
    List<Object> commands = generator.commands();
    String budget = generator.budget().toString();
    String failure =
        post(
            http,
            server,
            auth,
            "/api/budgets",
            ProvinceRequests.open((OpenBudgetCommand) commands.get(0)));
    for (int i = 1; failure == null && i < commands.size(); i += batch) {
      List<Object> file =
          new ArrayList<>(commands.subList(i, Math.min(commands.size(), i + batch)));
      long t0 = System.nanoTime();
      failure =
          post(
              http,
              server,
              auth,
              "/api/budgets/" + budget + "/adjustments",
              ProvinceRequests.file(file));
      if (failure == null) {
        tally.acknowledged(node, file.size(), System.nanoTime() - t0);
      }
    }
    if (failure != null) {
      tally.failures.add(budget + " through node " + (node + 1) + ": " + failure);
    }
  }

  /** Null when the node answered 201, else the status and the start of its answer. */
  private static String post(
      HttpClient http, BenchServer server, String authorization, String path, String json) {
    try {
      String failure = new RestWriter(http, server, authorization).post(path, json);
      return failure == null ? null : failure.substring(0, Math.min(failure.length(), 300));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return e.toString();
    } catch (java.io.IOException e) {
      return e.toString();
    }
  }
}
