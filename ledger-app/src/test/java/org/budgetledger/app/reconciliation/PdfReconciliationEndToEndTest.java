package org.budgetledger.app.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.budgetledger.app.importer.DisclosureImporter;
import org.budgetledger.app.importer.ImportReport;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.reconciliation.CellComparisonResult;
import org.budgetledger.projections.reconciliation.CellStatus;
import org.budgetledger.projections.reconciliation.ReconciliationReport;
import org.budgetledger.projections.reconciliation.RuleStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The PDF of seed 002 imported as published gives the seed's result: every published cell EXACT,
 * the 81,779.000000 万元 that 支出总表's 合计 holds beyond its printed rows (missing from the PDF itself,
 * not only from the seed's text) recorded on its gap line and reported, the rebuilt tables passing
 * every rule; and bad PDFs import nothing.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:pdfe2e;DB_CLOSE_DELAY=-1",
      "ledger.seeds.import-on-start=false"
    })
class PdfReconciliationEndToEndTest {
  static final Path PDF = Path.of("src/test/resources/corpus/pdf/beijing13-2026-2eda0861.pdf");

  @Autowired DisclosureImporter importer;
  @Autowired ReconciliationService reconciliation;

  @Test
  void theSeedsPdfImportsWithTheSeedsResult() throws IOException {
    ImportReport imported =
        importer.importBytes(
            PDF.getFileName().toString(), Files.readAllBytes(PDF), Actor.of("tester"));

    assertThat(imported.problems()).isEmpty();
    assertThat(imported.status()).isEqualTo(ImportReport.Status.IMPORTED);
    assertThat(imported.notes().get(0))
        .isEqualTo("PDF 按“北京市部门预算 13 表（预算01表…预算13表）”读取：" + "13 张表，3373 个单元格；部门预算 北京市医疗保障局 2026年");
    assertThat(imported.units()).isEqualTo(6);
    assertThat(imported.spendingLegs()).isEqualTo(161);
    assertThat(imported.incomeLegs()).isEqualTo(2);
    assertThat(imported.projects()).isEqualTo(27);

    ReconciliationReport r =
        reconciliation.reconcileAsImported(BudgetId.parse(imported.budgetId())).get(0);
    CellComparisonResult cells = r.comparison();
    assertThat(cells.count(CellStatus.MISMATCH)).isZero();
    assertThat(cells.count(CellStatus.WITHIN_ROUNDING)).isZero();
    assertThat(cells.count(CellStatus.NOT_IN_REBUILT)).isZero();
    assertThat(cells.count(CellStatus.NOT_READABLE)).isZero();
    Fen gap = Fen.parseWan("81,779.000000");
    assertThat(cells.findings(CellStatus.NOT_IN_PUBLISHED))
        .hasSize(5)
        .allSatisfy(f -> assertThat(f.rebuilt()).isEqualTo(gap));
    assertThat(r.rebuiltRules())
        .allSatisfy(
            rule -> assertThat(rule.status()).as(rule.statement()).isEqualTo(RuleStatus.PASS));
    assertThat(r.publishedRules())
        .filteredOn(rule -> rule.status() == RuleStatus.FAIL)
        .isNotEmpty()
        .allSatisfy(rule -> assertThat(rule.difference().abs()).isEqualTo(gap));

    ImportReport again =
        importer.importBytes(
            PDF.getFileName().toString(), Files.readAllBytes(PDF), Actor.of("tester"));
    assertThat(again.status()).isEqualTo(ImportReport.Status.ALREADY_IMPORTED);
  }

  @Test
  void aTruncatedPdfImportsNothingAndSaysSo() throws IOException {
    byte[] whole = Files.readAllBytes(PDF);
    byte[] truncated = java.util.Arrays.copyOf(whole, whole.length / 3);

    ImportReport report = importer.importBytes("cut.pdf", truncated, Actor.of("tester"));

    assertThat(report.status()).isEqualTo(ImportReport.Status.REJECTED);
    assertThat(report.budgetId()).isNull();
    assertThat(report.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.fileName()).isEqualTo("cut.pdf");
              assertThat(p.message()).startsWith("cut.pdf");
            });
  }

  @Test
  void aPdfWhoseCodesPrintAsNamesImportsWithItsCodesFromTheCatalogue() throws IOException {
    // names only: the codes come from the 2026 catalogue (HangzhouPdfEndToEndTest has the figures)
    Path hangzhou = PDF.resolveSibling("hangzhou-zhejiang-2026-c0afe4e6.pdf");

    ImportReport report =
        importer.importBytes(
            hangzhou.getFileName().toString(), Files.readAllBytes(hangzhou), Actor.of("tester"));

    assertThat(report.status()).isEqualTo(ImportReport.Status.IMPORTED);
    assertThat(report.problems()).isEmpty();
    assertThat(report.notes()).anyMatch(n -> n.startsWith("PDF 按“浙江省（杭州市）部门预算表"));
  }
}
