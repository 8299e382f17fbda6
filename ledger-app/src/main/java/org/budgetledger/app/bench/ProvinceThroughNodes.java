package org.budgetledger.app.bench;

import java.io.PrintStream;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
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

  /** Writes the province through the cluster's nodes; true when every file was acknowledged. */
  boolean run(BenchCluster cluster, HttpClient http, String authorization, PrintStream out)
      throws InterruptedException {
    List<BenchServer> nodes = cluster.servers();
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

  /** What each node acknowledged: entries and the latency of each file. */
  static final class NodeWrites {
    final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    private final AtomicLongArray entries;
    private final Latencies[] files;

    NodeWrites(int nodes, int capacity) {
      entries = new AtomicLongArray(nodes);
      files = new Latencies[nodes];
      for (int i = 0; i < nodes; i++) {
        files[i] = new Latencies(capacity);
      }
    }

    void acknowledged(int node, int count, long nanos) {
      entries.addAndGet(node, count);
      synchronized (files[node]) {
        files[node].add(nanos);
      }
    }

    long entries() {
      long sum = 0;
      for (int i = 0; i < entries.length(); i++) {
        sum += entries.get(i);
      }
      return sum;
    }

    void print(
        PrintStream out, BenchShape s, double seconds, long recorded, int threads, int batch) {
      int n = files.length;
      out.printf(
          "Bench through %d node(s): %d departments × %d units × %d lines, %d adjustments per"
              + " budget; %d writer threads, %d entries per adjustment file (POST"
              + " …/adjustments)%n",
          n, s.departments(), s.units(), s.lines(), s.adjustments(), threads, batch);
      out.printf(
          "%-8s %10s %10s %12s %12s %12s%n",
          "node", "files", "entries", "entries/s", "file p50 ms", "file p99 ms");
      for (int i = 0; i < n; i++) {
        out.printf(
            "%-8s %,10d %,10d %,12.1f %,12.1f %,12.1f%n",
            "node " + (i + 1),
            files[i].count(),
            entries.get(i),
            entries.get(i) / seconds,
            files[i].percentileMillis(50),
            files[i].percentileMillis(99));
      }
      out.printf(
          "%-8s %10s %,10d %,12.1f   in %.1f s; entries recorded in the store %,d (%s)%n",
          "all",
          "",
          entries(),
          entries() / seconds,
          seconds,
          recorded,
          recorded == entries() ? "exact" : "DIFFERENT");
      failures.stream().limit(5).forEach(f -> out.println("  failed " + f));
    }
  }
}
