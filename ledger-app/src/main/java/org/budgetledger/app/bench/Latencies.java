package org.budgetledger.app.bench;

import java.util.Arrays;

/** Timings of repeated queries, in nanoseconds, and their percentiles in milliseconds. */
final class Latencies {
  private final long[] nanos;
  private int count;

  Latencies(int capacity) {
    nanos = new long[capacity];
  }

  void add(long elapsedNanos) {
    nanos[count++] = elapsedNanos;
  }

  int count() {
    return count;
  }

  /** The nearest-rank percentile, {@code p} in (0, 100]. */
  double percentileMillis(double p) {
    if (count == 0) {
      return Double.NaN;
    }
    long[] sorted = Arrays.copyOf(nanos, count);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * count);
    return sorted[Math.max(0, rank - 1)] / 1e6;
  }
}
