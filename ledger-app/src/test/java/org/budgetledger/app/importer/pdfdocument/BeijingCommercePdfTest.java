package org.budgetledger.app.importer.pdfdocument;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.budgetledger.app.importer.document.DisclosureDocumentParser;
import org.budgetledger.app.importer.document.ParseResult;
import org.budgetledger.app.importer.layout.DocumentIdentity;
import org.budgetledger.app.importer.layout.LayoutProfiles;
import org.junit.jupiter.api.Test;

/**
 * The second Beijing PDF (北京市商务局, with 政府性基金, 财政专户, 事业收入, 其他收入) reads without a problem: its 表13
 * continues over pages 60 and 61, each repeating the 活动 header, which is written once, not read as
 * an activity.
 */
class BeijingCommercePdfTest {

  @Test
  void readsEveryTableWithoutAProblem() throws Exception {
    var pdf = CorpusPdfs.DIR.resolve("beijing13-2026-482a23e1.pdf");
    RenderedDisclosure rendered =
        new PdfDisclosureReader(LayoutProfiles.builtIn())
            .read(pdf.getFileName().toString(), Files.readAllBytes(pdf));
    ParseResult parsed = new DisclosureDocumentParser().parse("pdf", rendered.text());

    assertThat(parsed.problems()).isEmpty();
    assertThat(rendered.identity())
        .isEqualTo(new DocumentIdentity("北京市商务局", 2026, DocumentIdentity.BudgetKind.DEPARTMENT));
    assertThat(rendered.tables()).isEqualTo(13);
    assertThat(
            rendered
                .text()
                .lines()
                .filter(l -> l.strip().startsWith("活动\t") || l.startsWith("\t活动\t")))
        .hasSize(1);
    assertThat(parsed.document().departmentPerformance().activities()).isNotEmpty();
  }
}
