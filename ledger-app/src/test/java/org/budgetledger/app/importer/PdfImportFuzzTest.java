package org.budgetledger.app.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.budgetledger.app.bench.fuzz.DocumentFuzzer;
import org.budgetledger.app.bench.fuzz.FuzzTally;
import org.budgetledger.app.bench.fuzz.PdfMutator;
import org.budgetledger.core.model.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 13 item 3 for PDFs: damaged and hostile PDFs, uploaded as a clerk uploads them, are refused
 * naming their place or imported; no exception escapes the importer and a refused PDF writes
 * nothing. The two smallest corpus PDFs of two families, one of which (Beijing) is recorded in the
 * ledger, so that a mutant that still reads goes on through the import.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:pdffuzz;DB_CLOSE_DELAY=-1",
      "ledger.seeds.import-on-start=false"
    })
class PdfImportFuzzTest {
  static final List<String> PDFS =
      List.of("shanghai9-2026-0afcacdd.pdf", "beijing13-2026-2eda0861.pdf");
  static final Actor TESTER = Actor.of("tester");
  @Autowired DisclosureImporter importer;
  @Autowired JdbcTemplate jdbc;

  long storeRows() {
    return jdbc.queryForObject(
        "SELECT (SELECT COUNT(*) FROM domain_event_entry)"
            + " + (SELECT COUNT(*) FROM imported_document)",
        Long.class);
  }

  static byte[] corpus(String file) throws IOException, URISyntaxException {
    return Files.readAllBytes(
        Path.of(PdfImportFuzzTest.class.getResource("/corpus/pdf/" + file).toURI()));
  }

  @Test
  void threeHundredMutatedCorpusPdfsCrashNothingAndWriteNothingWhenRefused() throws Exception {
    PdfMutator mutator =
        new PdfMutator(PDFS, List.of(corpus(PDFS.get(0)), corpus(PDFS.get(1))), 13);
    FuzzTally tally = new DocumentFuzzer(importer, this::storeRows).run(mutator::next, 300);
    System.out.println("pdf fuzz: " + tally.summary());
    assertThat(tally.tried()).isEqualTo(300);
    assertThat(tally.crashes()).isEmpty();
    assertThat(tally.partialWrites()).isEmpty();
    assertThat(tally.refusedWithoutPlace()).isEmpty();
    // every mutant is accounted for: imported whole (a mutation the reader can bear) or refused
    // with its place; most mutations break the file
    assertThat(tally.imported() + tally.refusedWithPlace()).isEqualTo(300);
    assertThat(tally.refusedWithPlace()).isGreaterThan(tally.imported());
  }
}
