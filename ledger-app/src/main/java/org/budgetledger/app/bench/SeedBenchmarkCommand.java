package org.budgetledger.app.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.budgetledger.app.LedgerApplication;
import org.budgetledger.app.cli.LedgerSubcommand;
import org.budgetledger.app.importer.DisclosureImporter;
import org.budgetledger.app.importer.ImportReport;
import org.budgetledger.app.rebuild.ProjectionRebuilder;
import org.budgetledger.app.reconciliation.ReconciliationService;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.BudgetId;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./ledger bench-seeds}: times parse + import + rebuild + reconcile of each document on a
 * fresh in-memory ledger per run (an import is idempotent, so a run needs an empty store), after
 * warm-up runs. Prints figures; asserts nothing.
 */
@Component
@Command(
    name = "bench-seeds",
    description = "Benchmark import, rebuild and reconcile of documents.")
public class SeedBenchmarkCommand implements LedgerSubcommand {
  @Parameters(arity = "0..*", paramLabel = "FILE", description = "documents (default: seeds/*.txt)")
  List<Path> files = new ArrayList<>();

  @Option(names = "--warmup", defaultValue = "3")
  int warmup;

  @Option(names = "--runs", defaultValue = "5")
  int runs;

  @Override
  public Integer call() throws Exception {
    if (files.isEmpty()) {
      try (var listing = Files.list(Path.of("seeds"))) {
        files = listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
      }
    }
    System.out.printf(
        "%-58s %8s %8s %8s %8s %8s%n",
        "document (ms, median of runs)", "import", "rebuild", "recon", "total", "best");
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      List<long[]> timings = new ArrayList<>();
      for (int i = 0; i < warmup + runs; i++) {
        long[] t = once(file.getFileName().toString(), text, i);
        if (i >= warmup) {
          timings.add(t);
        }
      }
      System.out.printf(
          "%-58s %8d %8d %8d %8d %8d%n",
          file.getFileName(),
          median(timings, 0),
          median(timings, 1),
          median(timings, 2),
          median(timings, 3),
          timings.stream().mapToLong(t -> t[3]).min().orElse(0));
    }
    return 0;
  }

  private static long[] once(String name, String text, int run) {
    SpringApplication app = new SpringApplication(LedgerApplication.class);
    app.setWebApplicationType(WebApplicationType.NONE);
    try (ConfigurableApplicationContext context =
        app.run(
            "--spring.datasource.url=jdbc:h2:mem:bench" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
            "--ledger.seeds.import-on-start=false",
            "--logging.level.root=ERROR",
            "--logging.level.org.budgetledger=ERROR",
            "--spring.main.log-startup-info=false")) {
      long start = System.nanoTime();
      ImportReport report =
          context.getBean(DisclosureImporter.class).importText(name, text, Actor.of("bench"));
      long imported = System.nanoTime();
      context.getBean(ProjectionRebuilder.class).rebuild(Duration.ofMinutes(5));
      long rebuilt = System.nanoTime();
      context
          .getBean(ReconciliationService.class)
          .reconcileAsImported(BudgetId.parse(report.budgetId()));
      long reconciled = System.nanoTime();
      return new long[] {
        ms(imported - start),
        ms(rebuilt - imported),
        ms(reconciled - rebuilt),
        ms(reconciled - start)
      };
    }
  }

  private static long ms(long nanos) {
    return nanos / 1_000_000;
  }

  private static long median(List<long[]> timings, int column) {
    long[] values = timings.stream().mapToLong(t -> t[column]).sorted().toArray();
    return values.length == 0 ? 0 : values[values.length / 2];
  }
}
