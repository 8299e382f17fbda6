package org.budgetledger.app.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.budgetledger.app.LedgerApplication;
import org.budgetledger.app.bench.fuzz.DocumentFuzzer;
import org.budgetledger.app.bench.fuzz.DocumentMutator;
import org.budgetledger.app.bench.fuzz.FuzzTally;
import org.budgetledger.app.cli.LedgerSubcommand;
import org.budgetledger.app.importer.DisclosureImporter;
import org.budgetledger.core.model.Actor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./ledger bench-fuzz --documents 10000}: imports damaged copies of real documents into a
 * fresh in-memory ledger (the seeds imported first, as a user's ledger would hold them) and prints
 * documents tried, imported, refused with their place, refused without one, crashes and partial
 * writes, with the first few of each failure. Exit 1 when any of the last three is not zero.
 */
@Component
@Command(name = "bench-fuzz", description = "Import mutated documents; count refusals and crashes.")
public class FuzzBenchmarkCommand implements LedgerSubcommand {
  @Parameters(arity = "0..*", paramLabel = "FILE", description = "documents (default: seeds/*.txt)")
  List<Path> files = new ArrayList<>();

  @Option(names = "--documents", defaultValue = "1000", description = "mutants to import")
  int documents;

  @Option(names = "--seed", defaultValue = "13", description = "random seed (replays a run)")
  long seed;

  @Override
  public Integer call() throws Exception {
    if (files.isEmpty()) {
      try (var listing = Files.list(Path.of("seeds"))) {
        files = listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
      }
    }
    List<String> names = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (Path file : files) {
      names.add(file.getFileName().toString());
      texts.add(Files.readString(file, StandardCharsets.UTF_8));
    }
    SpringApplication app = new SpringApplication(LedgerApplication.class);
    app.setWebApplicationType(WebApplicationType.NONE);
    try (ConfigurableApplicationContext context =
        app.run(
            "--spring.datasource.url=jdbc:h2:mem:fuzz" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
            "--ledger.seeds.import-on-start=false",
            "--logging.level.root=OFF",
            "--spring.main.log-startup-info=false")) {
      DisclosureImporter importer = context.getBean(DisclosureImporter.class);
      JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
      for (int i = 0; i < names.size(); i++) {
        importer.importText(names.get(i), texts.get(i), Actor.of("bench"));
      }
      long start = System.nanoTime();
      FuzzTally tally =
          new DocumentFuzzer(
                  importer,
                  () ->
                      jdbc.queryForObject(
                          "SELECT (SELECT COUNT(*) FROM domain_event_entry)"
                              + " + (SELECT COUNT(*) FROM imported_document)",
                          Long.class))
              .run(new DocumentMutator(names, texts, seed), documents);
      System.out.println(tally.summary());
      System.out.printf("  %.1f s, seed %d%n", (System.nanoTime() - start) / 1e9, seed);
      print("refused without place", tally.refusedWithoutPlace());
      print("crash", tally.crashes());
      print("partial write", tally.partialWrites());
      return tally.crashes().isEmpty()
              && tally.partialWrites().isEmpty()
              && tally.refusedWithoutPlace().isEmpty()
          ? 0
          : 1;
    }
  }

  private static void print(String what, List<String> cases) {
    cases.stream().limit(5).forEach(c -> System.out.println("  " + what + ": " + c));
  }
}
