package org.budgetledger.app.bench;

import java.io.PrintStream;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLongArray;

/** What each node acknowledged: entries and the latency of each file. */
final class NodeWrites {
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

  void print(PrintStream out, BenchShape s, double seconds, long recorded, int threads, int batch) {
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
