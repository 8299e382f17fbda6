package org.budgetledger.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.budgetledger.app.importer.pdf.PdfContent;
import org.budgetledger.app.importer.pdf.PdfReadException;
import org.budgetledger.app.importer.pdf.PdfTableReader;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./ledger bench-pdf DIR}: reads every PDF of a folder, once to warm the JVM up, then {@code
 * --rounds} times, and prints each document's median read time (wall clock and the thread's CPU
 * time) and the medians over the documents. A benchmark prints figures; it asserts nothing.
 */
@Component
@Command(
    name = "bench-pdf",
    description = "Time the PDF reader on every PDF of a folder: per document and the median.")
public class PdfBenchmarkCommand implements LedgerSubcommand {
  @Parameters(index = "0", paramLabel = "DIR")
  Path dir;

  @Option(names = "--rounds", defaultValue = "3", description = "measured reads per document")
  int rounds;

  @Override
  public Integer call() throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    List<Path> files;
    try (Stream<Path> listing = Files.list(dir)) {
      files = listing.filter(p -> p.toString().toLowerCase().endsWith(".pdf")).sorted().toList();
    }
    PdfTableReader reader = new PdfTableReader();
    files.forEach(f -> time(reader, f));
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    List<Double> medians = new ArrayList<>();
    List<Double> cpuMedians = new ArrayList<>();
    out.printf("%8s %8s  %s%n", "wall ms", "cpu ms", "document");
    for (Path file : files) {
      double[] ms = new double[Math.max(1, rounds)];
      double[] cpu = new double[ms.length];
      String result = "";
      for (int r = 0; r < ms.length; r++) {
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        result = time(reader, file);
        ms[r] = (System.nanoTime() - start) / 1e6;
        cpu[r] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
      }
      medians.add(median(ms));
      cpuMedians.add(median(cpu));
      out.printf("%8.1f %8.1f  %-45s %s%n", median(ms), median(cpu), file.getFileName(), result);
    }
    // CPU time tells the reader's own cost on a machine shared with other work; wall time is
    // what a user waits.
    out.printf(
        "median %.1f ms wall, %.1f ms cpu per document over %d documents"
            + " (%d rounds after one warm-up)%n",
        median(medians.stream().mapToDouble(Double::doubleValue).toArray()),
        median(cpuMedians.stream().mapToDouble(Double::doubleValue).toArray()),
        files.size(),
        rounds);
    return 0;
  }

  private static String time(PdfTableReader reader, Path file) {
    try {
      PdfContent content = reader.read(file);
      return content.pageCount() + " pages, " + content.tables().size() + " tables";
    } catch (PdfReadException e) {
      return "refused: " + e.getMessage();
    }
  }

  private static double median(double[] values) {
    if (values.length == 0) {
      return 0;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }
}
