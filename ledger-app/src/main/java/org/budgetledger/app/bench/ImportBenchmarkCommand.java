package org.budgetledger.app.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.budgetledger.app.LedgerApplication;
import org.budgetledger.app.cli.LedgerSubcommand;
import org.budgetledger.app.importer.DisclosureImporter;
import org.budgetledger.app.importer.ImportReport;
import org.budgetledger.app.importer.pdfdocument.TableFigures;
import org.budgetledger.app.rebuild.ProjectionRebuilder;
import org.budgetledger.app.reconciliation.FigureCoverage;
import org.budgetledger.app.reconciliation.ReconciliationService;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.projections.reconciliation.CellStatus;
import org.budgetledger.projections.reconciliation.ReconciliationReport;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./ledger bench-import DIR}: each PDF (and text) of a folder from file to imported and
 * reconciled budget — read, mapped, planned, solved, recorded, projected, reconciled — per round on
 * a fresh in-memory ledger (an import is idempotent by content, so a round needs an empty store),
 * after one warm-up round. Prints each document's median wall and CPU time, its published cells by
 * status, the figures its PDF prints and how many of them agree with the ledger, the documents
 * refused with their first reason, and the medians. Asserts nothing.
 */
@Component
@Command(
    name = "bench-import",
    description = "Time PDF to imported and reconciled budget for every document of a folder.")
public class ImportBenchmarkCommand implements LedgerSubcommand {
  @Parameters(index = "0", paramLabel = "DIR")
  Path dir;

  @Option(names = "--rounds", defaultValue = "3", description = "measured rounds")
  int rounds;

  @Option(names = "--warmup", defaultValue = "1", description = "rounds not measured")
  int warmup;

  @Override
  public Integer call() throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    List<Path> files;
    try (Stream<Path> listing = Files.list(dir)) {
      files =
          listing
              .filter(p -> p.toString().toLowerCase().matches(".*\\.(pdf|txt)$"))
              .sorted()
              .toList();
    }
    Map<Path, List<ImportTiming>> timings = new LinkedHashMap<>();
    files.forEach(f -> timings.put(f, new ArrayList<>()));
    for (int round = 0; round < warmup + Math.max(1, rounds); round++) {
      try (ConfigurableApplicationContext context = freshLedger()) {
        for (Path file : files) {
          ImportTiming timing = once(context, file);
          if (round >= warmup) {
            timings.get(file).add(timing);
          }
        }
      }
    }
    print(out, timings);
    return 0;
  }

  private void print(PrintStream out, Map<Path, List<ImportTiming>> timings) {
    out.printf(
        "%8s %8s %8s %7s %7s %6s %7s %7s %6s  %s%n",
        "wall ms",
        "cpu ms",
        "proc ms",
        "cells",
        "exact",
        "round",
        "printed",
        "agree",
        "share",
        "document");
    List<Double> walls = new ArrayList<>();
    List<Double> cpus = new ArrayList<>();
    List<Double> processCpus = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    for (var entry : timings.entrySet()) {
      List<ImportTiming> runs = entry.getValue();
      ImportTiming last = runs.get(runs.size() - 1);
      String name = entry.getKey().getFileName().toString();
      if (last.refusal() != null) {
        refused.add(name + ": " + last.refusal());
        continue;
      }
      double wall = median(runs.stream().mapToDouble(ImportTiming::wallMs).toArray());
      double cpu = median(runs.stream().mapToDouble(ImportTiming::cpuMs).toArray());
      double processCpu = median(runs.stream().mapToDouble(ImportTiming::processCpuMs).toArray());
      walls.add(wall);
      cpus.add(cpu);
      processCpus.add(processCpu);
      FigureCoverage figures = last.figures();
      out.printf(
          "%8.1f %8.1f %8.1f %7d %7d %6d %7s %7s %6s  %s%n",
          wall,
          cpu,
          processCpu,
          last.cells(),
          last.exact(),
          last.rounding(),
          figures == null ? "-" : String.valueOf(figures.printed()),
          figures == null ? "-" : String.valueOf(figures.agreeing()),
          figures == null ? "-" : String.format(Locale.ROOT, "%.1f%%", figures.agreeingShare()),
          name);
    }
    out.printf(
        "median %.1f ms wall, %.1f ms cpu (thread), %.1f ms cpu (process) per imported document"
            + " over %d of %d documents (%d rounds after %d warm-up, a fresh ledger each round)%n",
        median(walls.stream().mapToDouble(Double::doubleValue).toArray()),
        median(cpus.stream().mapToDouble(Double::doubleValue).toArray()),
        median(processCpus.stream().mapToDouble(Double::doubleValue).toArray()),
        walls.size(),
        timings.size(),
        rounds,
        warmup);
    int printed = 0;
    int agreeing = 0;
    for (List<ImportTiming> runs : timings.values()) {
      FigureCoverage f = runs.get(runs.size() - 1).figures();
      if (f != null) {
        printed += f.printed();
        agreeing += f.agreeing();
      }
    }
    out.printf(
        Locale.ROOT,
        "printed figures %d, of which %d agree with the ledger (EXACT or WITHIN_ROUNDING): %.1f%%%n",
        printed,
        agreeing,
        new FigureCoverage(printed, 0, agreeing).agreeingShare());
    refused.forEach(r -> out.println("refused " + r));
  }

  private static ImportTiming once(ConfigurableApplicationContext context, Path file) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = System.nanoTime();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long processStart = processCpuNanos();
    ImportReport report =
        context.getBean(DisclosureImporter.class).importFile(file, Actor.of("bench"));
    if (report.status() != ImportReport.Status.IMPORTED) {
      String reason =
          report.problems().isEmpty()
              ? report.status().name()
              : report.problems().get(0).toString();
      return ImportTiming.refused(reason);
    }
    context.getBean(ProjectionRebuilder.class).rebuild(Duration.ofMinutes(5));
    List<ReconciliationReport> reconciled =
        context
            .getBean(ReconciliationService.class)
            .reconcileAsImported(BudgetId.parse(report.budgetId()));
    double wall = (System.nanoTime() - start) / 1e6;
    double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
    double processCpu = (processCpuNanos() - processStart) / 1e6;
    int cells = 0;
    int exact = 0;
    int rounding = 0;
    int compared = 0;
    int agreeing = 0;
    for (ReconciliationReport r : reconciled) {
      FigureCoverage c = FigureCoverage.measured(report.printedFigures(), r.comparison());
      compared += c.compared();
      agreeing += c.agreeing();
      for (CellStatus status : CellStatus.values()) {
        if (status != CellStatus.NOT_IN_PUBLISHED) {
          cells += r.comparison().count(status);
        }
      }
      exact += r.comparison().count(CellStatus.EXACT);
      rounding += r.comparison().count(CellStatus.WITHIN_ROUNDING);
    }
    FigureCoverage figures =
        report.printedFigures().isEmpty()
            ? null
            : new FigureCoverage(
                report.printedFigures().stream().mapToInt(TableFigures::printed).sum(),
                compared,
                agreeing);
    return new ImportTiming(wall, cpu, processCpu, cells, exact, rounding, figures, null);
  }

  private static ConfigurableApplicationContext freshLedger() {
    SpringApplication app = new SpringApplication(LedgerApplication.class);
    app.setWebApplicationType(WebApplicationType.NONE);
    return app.run(
        "--spring.datasource.url=jdbc:h2:mem:benchimport"
            + System.nanoTime()
            + ";DB_CLOSE_DELAY=-1",
        "--ledger.seeds.import-on-start=false",
        "--logging.level.root=ERROR",
        "--logging.level.org.budgetledger=ERROR",
        "--spring.main.log-startup-info=false");
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

  /** One document's import in one round; {@code refusal} set when it did not import. */
  record ImportTiming(
      double wallMs,
      double cpuMs,
      double processCpuMs,
      int cells,
      int exact,
      int rounding,
      FigureCoverage figures,
      String refusal) {
    static ImportTiming refused(String reason) {
      return new ImportTiming(0, 0, 0, 0, 0, 0, null, reason);
    }
  }

  // the import's own thread does most of the work; projections and the solver use others, and the
  // process's CPU counts them (with the JVM's own: GC, compiler), an upper bound of its cost
  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : 0;
  }
}
