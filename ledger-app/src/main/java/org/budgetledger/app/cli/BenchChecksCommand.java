package org.budgetledger.app.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.budgetledger.app.checks.DocumentSources;
import org.budgetledger.projections.checks.CheckReport;
import org.budgetledger.projections.checks.CheckedDocument;
import org.budgetledger.projections.checks.DocumentChecks;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./ledger bench-checks [FILE…]}: how long the checks take on a whole document once it is
 * read (goal: under 200 ms). Each document is checked {@code --warmup} times, then timed {@code
 * --runs} times; it prints the median and the worst, as wall time and as the thread's CPU time (the
 * machine may be shared: CPU time is what the checks themselves cost).
 */
@Component
@Scope("prototype")
@Command(
    name = "bench-checks",
    mixinStandardHelpOptions = true,
    description = "Time the auditor's checks on whole documents (default: the seeds).")
public class BenchChecksCommand implements LedgerSubcommand {
  @Parameters(arity = "0..*", description = "Documents; default seeds/*.txt.")
  List<Path> files;

  @Option(names = "--warmup", defaultValue = "20", description = "Untimed runs first.")
  int warmup;

  @Option(names = "--runs", defaultValue = "50", description = "Timed runs.")
  int runs;

  @Override
  public Integer call() {
    List<Path> documents =
        files == null || files.isEmpty()
            ? List.of(
                Path.of("seeds/2026-beijing-municipal-healthcare-security-bureau.txt"),
                Path.of("seeds/2026-dongcheng-district-healthcare-security-bureau.txt"))
            : files;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    DocumentChecks checks = DocumentChecks.standard();
    System.out.println("document  findings  wall median / max ms  cpu median / max ms");
    for (Path file : documents) {
      CheckedDocument document = DocumentSources.read(file);
      CheckReport report = null;
      for (int i = 0; i < warmup; i++) {
        report = checks.run(document);
      }
      long[] wall = new long[runs];
      long[] cpu = new long[runs];
      for (int i = 0; i < runs; i++) {
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        report = checks.run(document);
        wall[i] = System.nanoTime() - start;
        cpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
      }
      System.out.printf(
          "%s  %d  %.1f / %.1f  %.1f / %.1f%n",
          file.getFileName(),
          report == null ? 0 : report.findings().size(),
          median(wall),
          max(wall),
          median(cpu),
          max(cpu));
    }
    return 0;
  }

  private static double median(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted.length == 0 ? 0 : sorted[sorted.length / 2] / 1e6;
  }

  private static double max(long[] nanos) {
    return Arrays.stream(nanos).max().orElse(0) / 1e6;
  }
}
