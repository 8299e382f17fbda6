package org.budgetledger.app.importer.families;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.budgetledger.app.importer.DisclosureImporter;
import org.budgetledger.app.importer.ImportReport;
import org.budgetledger.app.reconciliation.ReconciliationService;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.reconciliation.CellComparisonResult;
import org.budgetledger.projections.reconciliation.CellStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * 泉州市公安局 2026 (Quanzhou family): its 收入总表 prints 上年结转 7,600.00 万元 only as a subtotal and its
 * 财政拨款收支总表 carries nothing over, so the carry-over is the units' own money (单位资金), not 一般公共预算; its
 * 收支总表 closes with 收入合计/支出合计. Of 288 published cells 200 are EXACT and 87 WITHIN_ROUNDING (99.7%);
 * the other is its 三公 table's total 1700.17, printed as a list of items.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:quanzhou;DB_CLOSE_DELAY=-1",
      "ledger.seeds.import-on-start=false"
    })
class QuanzhouPdfImportTest {
  static final Path PDF = Path.of("src/test/resources/corpus/pdf/quanzhou-2026-6bcadf36.pdf");

  @Autowired DisclosureImporter importer;
  @Autowired ReconciliationService reconciliation;

  @Test
  void importsWithItsCarryOverAsUnitFundsAndReconciles() throws IOException {
    ImportReport imported =
        importer.importBytes(
            PDF.getFileName().toString(), Files.readAllBytes(PDF), Actor.of("tester"));

    assertThat(imported.problems()).isEmpty();
    assertThat(imported.status()).isEqualTo(ImportReport.Status.IMPORTED);

    CellComparisonResult cells =
        reconciliation.reconcileAsImported(BudgetId.parse(imported.budgetId())).get(0).comparison();
    // 287 of 288 either way; held to the printed income, 17 cells move within their rounding (200
    // EXACT and 87 WITHIN_ROUNDING before)
    assertThat(cells.count(CellStatus.EXACT)).isEqualTo(183);
    assertThat(cells.count(CellStatus.WITHIN_ROUNDING)).isEqualTo(104);
    assertThat(cells.findings(CellStatus.MISMATCH))
        .singleElement()
        .satisfies(f -> assertThat(f.published()).isEqualTo(Fen.parseWan("1700.17")));
    assertThat(cells.count(CellStatus.NOT_IN_REBUILT)).isZero();
    assertThat(cells.count(CellStatus.NOT_READABLE)).isZero();
  }
}
