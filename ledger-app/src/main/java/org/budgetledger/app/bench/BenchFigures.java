package org.budgetledger.app.bench;

import java.io.PrintStream;

/** What a bench run measured, and how it prints: each figure beside its goal and the ceiling. */
record BenchFigures(
    BenchShape shape,
    long events,
    double appendPerSecond,
    double rebuildPerSecond,
    Latencies tables,
    Latencies traces,
    Latencies commands,
    long heapPeakBytes,
    long heapMaxBytes,
    double copyRowsPerSecond,
    int threads,
    int batch) {

  void print(PrintStream out) {
    out.printf(
        "Bench: %d departments × %d units × %d lines, %d adjustments per budget;"
            + " %,d events; %d writer threads, %d commands per transaction%n",
        shape.departments(),
        shape.units(),
        shape.lines(),
        shape.adjustments(),
        events,
        threads,
        batch);
    out.println("figure                        value            goal          of COPY ceiling");
    row(
        out,
        "append (events/s)",
        String.format("%,.0f", appendPerSecond),
        "> 20,000",
        fraction(appendPerSecond));
    row(
        out,
        "rebuild (events/s)",
        String.format("%,.0f", rebuildPerSecond),
        "> 50,000",
        fraction(rebuildPerSecond));
    row(out, "table p50 (ms)", ms(tables.percentileMillis(50)), "", "");
    row(out, "table p99 (ms)", ms(tables.percentileMillis(99)), "< 50", "");
    row(out, "trace p50 (ms)", ms(traces.percentileMillis(50)), "", "");
    row(out, "trace p99 (ms)", ms(traces.percentileMillis(99)), "< 20", "");
    row(out, "command p50 (ms)", ms(commands.percentileMillis(50)), "", "");
    row(out, "command p99 (ms)", ms(commands.percentileMillis(99)), "", "");
    row(
        out,
        "heap live peak (MiB)",
        String.format("%,d", heapPeakBytes >> 20),
        "< 1,024",
        "max " + (heapMaxBytes >> 20) + " MiB");
    row(
        out,
        "COPY ceiling (rows/s)",
        copyRowsPerSecond > 0 ? String.format("%,.0f", copyRowsPerSecond) : "n/a (not PostgreSQL)",
        "~80,000",
        "1.00");
    out.printf(
        "(%d tables and %d traces timed at random points in time; %d commands: a 追加 on a"
            + " random budget, dry run)%n",
        tables.count(), traces.count(), commands.count());
  }

  private String fraction(double perSecond) {
    return copyRowsPerSecond > 0 ? String.format("%.2f", perSecond / copyRowsPerSecond) : "";
  }

  private static String ms(double millis) {
    return String.format("%.1f", millis);
  }

  private static void row(PrintStream out, String name, String value, String goal, String ceiling) {
    out.printf("%-29s %-16s %-13s %s%n", name, value, goal, ceiling);
  }
}
