package org.budgetledger.app.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.budgetledger.app.LedgerApplication;
import org.budgetledger.app.bench.fuzz.DocumentFuzzer;
import org.budgetledger.app.bench.fuzz.DocumentMutator;
import org.budgetledger.app.bench.fuzz.FuzzTally;
import org.budgetledger.app.bench.fuzz.Mutant;
import org.budgetledger.app.bench.fuzz.PdfMutator;
import org.budgetledger.app.cli.LedgerSubcommand;
import org.budgetledger.app.importer.DisclosureImporter;
import org.budgetledger.app.importer.pdfdocument.PdfDisclosureReader;
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
 * {@code ./ledger bench-fuzz --documents 10000}: imports damaged copies of real documents (the text
 * seeds and corpus PDFs, in turn) into a fresh in-memory ledger (the seeds imported first, as a
 * user's ledger would hold them) and prints documents tried, imported, refused with their place,
 * refused without one, crashes and partial writes, with the first few of each failure. Exit 1 when
 * any of the last three is not zero.
 */
@Component
@Command(name = "bench-fuzz", description = "Import mutated documents; count refusals and crashes.")
public class FuzzBenchmarkCommand implements LedgerSubcommand {
  @Parameters(
      arity = "0..*",
      paramLabel = "FILE",
      description = "documents, text or PDF (default: seeds/*.txt and the small corpus PDFs)")
  List<Path> files = new ArrayList<>();

  @Option(names = "--documents", defaultValue = "1000", description = "mutants to import")
  int documents;

  @Option(names = "--seed", defaultValue = "13", description = "random seed (replays a run)")
  long seed;

  @Option(
      names = "--pdf-every",
      defaultValue = "2",
      description = "every Nth mutant is a PDF's, when PDFs and text are given (a PDF costs ten)")
  int pdfEvery;

  /** The corpus PDFs the default run mutates: the small ones, one or two of each family's size. */
  static final long DEFAULT_PDF_BYTES = 350_000;

  static final Path CORPUS = Path.of("ledger-app", "src", "test", "resources", "corpus", "pdf");

  @Override
  public Integer call() throws Exception {
    if (files.isEmpty()) {
      files = defaultFiles();
    }
    List<String> names = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    List<String> pdfNames = new ArrayList<>();
    List<byte[]> pdfs = new ArrayList<>();
    for (Path file : files) {
      byte[] bytes = Files.readAllBytes(file);
      if (PdfDisclosureReader.isPdf(bytes)) {
        pdfNames.add(file.getFileName().toString());
        pdfs.add(bytes);
      } else {
        names.add(file.getFileName().toString());
        texts.add(new String(bytes, StandardCharsets.UTF_8));
      }
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
              .run(
                  mutants(names, texts, pdfNames, pdfs),
                  documents,
                  progress ->
                      System.out.printf(
                          "  after %.0f s: %s%n",
                          (System.nanoTime() - start) / 1e9, progress.summary()));
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

  /** Text and PDF mutants in turn (every {@code --pdf-every}th a PDF's), when both are given. */
  private Supplier<Mutant> mutants(
      List<String> names, List<String> texts, List<String> pdfNames, List<byte[]> pdfs) {
    DocumentMutator text = texts.isEmpty() ? null : new DocumentMutator(names, texts, seed);
    PdfMutator pdf = pdfs.isEmpty() ? null : new PdfMutator(pdfNames, pdfs, seed);
    int[] made = {0};
    return () -> {
      boolean pdfTurn = text == null || (pdf != null && made[0]++ % pdfEvery == pdfEvery - 1);
      return pdfTurn ? pdf.next() : text.next();
    };
  }

  private static List<Path> defaultFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    try (var listing = Files.list(Path.of("seeds"))) {
      listing.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
    }
    if (Files.isDirectory(CORPUS)) {
      try (var listing = Files.list(CORPUS)) {
        listing
            .filter(p -> p.toString().endsWith(".pdf"))
            .filter(p -> p.toFile().length() <= DEFAULT_PDF_BYTES)
            .sorted()
            .forEach(files::add);
      }
    }
    return files;
  }

  private static void print(String what, List<String> cases) {
    cases.stream().limit(5).forEach(c -> System.out.println("  " + what + ": " + c));
  }
}
