package org.budgetledger.app.bench;

import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * The CPU time a benchmark's timed run cost, per acknowledged entry: its servers' (read from their
 * processes) and the bench client's own. On a machine shared with other work the entries/s move
 * with the load, while the CPU an entry costs barely does: it is the figure to compare a change by.
 */
final class CpuAccount {

  private final List<BenchServer> servers;
  private final long serverStart;
  private final long clientStart;

  private CpuAccount(List<BenchServer> servers) {
    this.servers = servers;
    this.serverStart = serverNanos(servers);
    this.clientStart = clientNanos();
  }

  /** Starts counting now. */
  static CpuAccount from(List<BenchServer> servers) {
    return new CpuAccount(servers);
  }

  /** The servers' CPU milliseconds per entry since the start, or NaN where it cannot be read. */
  double serverMillisPer(long entries) {
    long now = serverNanos(servers);
    return now < 0 || serverStart < 0 || entries == 0
        ? Double.NaN
        : (now - serverStart) / 1e6 / entries;
  }

  /** The bench client's CPU milliseconds per entry since the start, or NaN. */
  double clientMillisPer(long entries) {
    long now = clientNanos();
    return now < 0 || clientStart < 0 || entries == 0
        ? Double.NaN
        : (now - clientStart) / 1e6 / entries;
  }

  private static long serverNanos(List<BenchServer> servers) {
    long sum = 0;
    for (BenchServer server : servers) {
      long cpu = server.cpuNanos();
      if (cpu < 0) {
        return -1;
      }
      sum += cpu;
    }
    return sum;
  }

  private static long clientNanos() {
    return ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : -1;
  }
}
