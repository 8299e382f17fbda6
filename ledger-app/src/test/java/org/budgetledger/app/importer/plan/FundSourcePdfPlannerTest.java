package org.budgetledger.app.importer.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.budgetledger.app.importer.document.DisclosureDocumentParser;
import org.budgetledger.app.importer.document.ParseProblem;
import org.budgetledger.app.importer.document.ParseResult;
import org.budgetledger.app.importer.layout.LayoutProfiles;
import org.budgetledger.app.importer.pdfdocument.PdfDisclosureReader;
import org.budgetledger.core.budget.api.ImportDisclosureCommand;
import org.budgetledger.core.model.Actor;
import org.junit.jupiter.api.Test;

/**
 * The published PDF of 北京市商务局 2026 read by the PDF reader gives the same lines × fund source and
 * income as its transcription. Only the money tables' reading is required here: 预算12表 and 13表's
 * activity rows carry no money of 01-11表 (FundSourcesPdfEndToEndTest imports all of it).
 */
class FundSourcePdfPlannerTest {
  static final Path PDF = Path.of("src/test/resources/corpus/pdf/beijing13-2026-482a23e1.pdf");

  @Test
  void thePdfGivesTheTranscriptionsLinesAndIncome() throws Exception {
    String text =
        new PdfDisclosureReader(LayoutProfiles.builtIn())
            .read(PDF.getFileName().toString(), Files.readAllBytes(PDF))
            .text();
    ParseResult read = new DisclosureDocumentParser().parse(PDF.getFileName().toString(), text);
    List<ParseProblem> moneyTables =
        read.problems().stream()
            .filter(p -> !p.field().contains("预算12表") && !p.field().contains("预算13表"))
            .toList();
    assertThat(moneyTables).isEmpty();
    ImportDisclosureCommand pdf =
        new ImportPlanner()
            .plan(new ParseResult(read.document(), moneyTables), Actor.of("importer"))
            .command();
    ImportDisclosureCommand transcribed =
        FundSourcePlannerTest.plan(FundSourcePlannerTest.text()).command();

    assertThat(FundSourcePlannerTest.bySource(pdf))
        .isEqualTo(FundSourcePlannerTest.bySource(transcribed));
    assertThat(pdf.incomeLegs())
        .extracting(l -> l.key().fundSource() + "/" + l.key().origin() + " " + l.amount())
        .isEqualTo(
            transcribed.incomeLegs().stream()
                .map(l -> l.key().fundSource() + "/" + l.key().origin() + " " + l.amount())
                .toList());
    assertThat(pdf.spendingLegs()).hasSameSizeAs(transcribed.spendingLegs());
  }
}
