package org.budgetledger.app.cli;

import java.io.IOException;
import java.io.PrintStream;
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
 * {@code ./ledger bench-pdf DIR}: reads every PDF of a folder, once to warm the JVM up, then
 * {@code --rounds} times, and prints each document's median read time and the median over the
 * documents. A benchmark prints figures; it asserts nothing.
 */
@Component
@Command(name = "bench-pdf",
    description = "Time the PDF reader on every PDF of a folder: per document and the median.")
public class PdfBenchmarkCommand implements LedgerSubcommand {
  @Parameters(index = "0", paramLabel = "DIR") Path dir;

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
    List<Double> medians = new ArrayList<>();
    for (Path file : files) {
      double[] ms = new double[Math.max(1, rounds)];
      String result = "";
      for (int r = 0; r < ms.length; r++) {
        long start = System.nanoTime();
        result = time(reader, file);
        ms[r] = (System.nanoTime() - start) / 1e6;
      }
      double median = median(ms);
      medians.add(median);
      out.printf("%8.1f ms  %-45s %s%n", median, file.getFileName(), result);
    }
    out.printf("median %.1f ms per document over %d documents (%d rounds after one warm-up)%n",
        median(medians.stream().mapToDouble(Double::doubleValue).toArray()), files.size(),
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
