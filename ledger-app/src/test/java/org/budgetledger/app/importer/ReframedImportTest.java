package org.budgetledger.app.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.budgetledger.app.importer.layout.LayoutProfiles;
import org.budgetledger.app.importer.pdfdocument.PdfDisclosureReader;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.projections.entries.EntryJournal;
import org.budgetledger.projections.tables.FamilyLayout;
import org.budgetledger.projections.tables.TableKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A budget imported before the canonical text's cover recorded each table's printed number,
 * decimals and headers shows, once its PDF is imported again, the frame a new import shows: the
 * PDF's text is the stored one but for its cover lines, so it is the same document; its cover is
 * recorded as the stored document's frame (a read model) and nothing else is written: no event, no
 * second 年初预算 (which the budget would refuse), the stored text and its hash as they were.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:reframedimport;DB_CLOSE_DELAY=-1",
      "ledger.seeds.import-on-start=false"
    })
class ReframedImportTest {
  @Autowired DisclosureImporter importer;
  @Autowired ImportedFamilyLayouts layouts;
  @Autowired ImportedDocuments documents;
  @Autowired EntryJournal journal;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aPdfImportedAgainGivesADocumentImportedEarlierTheFrameOfANewImport() throws Exception {
    Path pdf = Path.of("src/test/resources/corpus/pdf/shanghai9-2026-0afcacdd.pdf");
    byte[] bytes = Files.readAllBytes(pdf);
    String rendered =
        new PdfDisclosureReader(LayoutProfiles.builtIn())
            .read(pdf.getFileName().toString(), bytes)
            .text();
    // as the reader wrote it before: each 表题 line holds the kind and the title alone
    String before = rendered.replaceAll("(?m)^(表题：[A-Z_]+\t[^\t\n]*)\t.*$", "$1");
    assertThat(before).isNotEqualTo(rendered).contains("表题：INCOME_SUMMARY\t2026年预算单位收入预算总表\n");
    ImportReport earlier =
        importer.importBytes(
            "shanghai9-2026-0afcacdd.txt",
            before.getBytes(StandardCharsets.UTF_8),
            Actor.of("tester"));
    assertThat(earlier.status()).isEqualTo(ImportReport.Status.IMPORTED);
    BudgetId budget = BudgetId.parse(earlier.budgetId());
    FamilyLayout old = layouts.of(budget).orElseThrow();
    assertThat(old.frames().get(TableKind.THREE_PUBLIC_EXPENSES).headers()).isEmpty();
    long events = jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);

    ImportReport again = importer.importBytes(pdf.getFileName().toString(), bytes, Actor.of("t"));

    assertThat(again.status()).isEqualTo(ImportReport.Status.ALREADY_IMPORTED);
    assertThat(again.contentHash()).isEqualTo(earlier.contentHash());
    assertThat(again.entryId()).isEqualTo(earlier.entryId());
    assertThat(again.notes()).anyMatch(n -> n.contains("只更新其表号、小数位和表头"));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class))
        .isEqualTo(events);
    assertThat(journal.all(budget)).hasSize(1);
    assertThat(documents.of(budget))
        .singleElement()
        .satisfies(d -> assertThat(d.content()).isEqualTo(before));

    FamilyLayout now = layouts.of(budget).orElseThrow();
    FamilyLayout fresh = FamilyFrameLines.read(rendered, LayoutProfiles.builtIn()).orElseThrow();
    assertThat(now).isEqualTo(fresh);
    // 表9 三公 under its printed headers (page 11), as a new import shows it
    assertThat(now.frames().get(TableKind.THREE_PUBLIC_EXPENSES).headers().values())
        .contains("因公出国(境)费", "购置费", "运行费");
  }
}
