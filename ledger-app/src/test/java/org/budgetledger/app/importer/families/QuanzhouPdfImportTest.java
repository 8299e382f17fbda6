package org.budgetledger.app.importer.families;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.budgetledger.app.importer.DisclosureImporter;
import org.budgetledger.app.importer.ImportReport;
import org.budgetledger.app.reconciliation.ReconciliationService;
import org.budgetledger.projections.reconciliation.CellComparisonResult;
import org.budgetledger.projections.reconciliation.CellStatus;
import org.budgetledger.projections.tables.TableKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * 泉州市公安局 2026 (Quanzhou family): its 收入总表 prints 上年结转 7,600.00 万元 only as a subtotal and its
 * 财政拨款收支总表 carries nothing over, so the carry-over is the units' own money (单位资金), not 一般公共预算; its
 * 收支总表 closes with 收入合计/支出合计. Its 三公 table (page 16) is a list of items under its 合计, read by the
 * rows the profile names: 1700.17 = 0.00 + 16.32 + 1683.85 (495.85 购置 + 1188.00 运行). All 293
 * published cells come back, 202 EXACT and 91 WITHIN_ROUNDING (288 cells before, 200 and 87, and
 * the 合计 a MISMATCH: the list was read as one row); 公务用车购置费 495.85, a code no 基本支出表 row holds, is
 * paid from 项目支出.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:quanzhou;DB_CLOSE_DELAY=-1",
      "ledger.seeds.import-on-start=false"
    })
class QuanzhouPdfImportTest {
  static final FamilyPdf PDF = FamilyPdf.of("quanzhou-2026-6bcadf36.pdf");

  @Autowired DisclosureImporter importer;
  @Autowired ReconciliationService reconciliation;

  @Test
  void importsWithItsCarryOverAsUnitFundsAndReconciles() throws IOException {
    ImportReport imported = PDF.importInto(importer);

    assertThat(imported.problems()).isEmpty();
    assertThat(imported.status()).isEqualTo(ImportReport.Status.IMPORTED);

    CellComparisonResult cells = FamilyPdf.reconciled(reconciliation, imported).comparison();
    // 183 / 110 before 收入总表's 8 units' rows (p.11, 88 cells) were compared (2026-12-06 17:30 UTC)
    assertThat(cells.count(CellStatus.EXACT)).isEqualTo(268);
    // 116 since the 类 rows of the tables by economic code and their codes (s11-gbecon)
    assertThat(cells.count(CellStatus.WITHIN_ROUNDING)).isEqualTo(116);
    assertThat(cells.findings(CellStatus.MISMATCH)).isEmpty();
    // the list's items, each a cell of the canonical 三公 table: 495.85 within rounding of the
    // project lines paying it, 1188.00 of 基本支出表's 30231 row, 0.00 exact and 16.32 within rounding
    // (its lines move within their rounding to hold the printed income)
    assertThat(cells.findings())
        .filteredOn(f -> f.table() == TableKind.THREE_PUBLIC_EXPENSES)
        .extracting(f -> f.columnKey() + " " + f.published().toWan(2))
        .allSatisfy(
            k ->
                assertThat(k)
                    .isIn(
                        "total 1700.17",
                        "reception 16.32",
                        "vehicles 1683.85",
                        "vehiclePurchase 495.85",
                        "vehicleOperation 1188.00"));
    assertThat(cells.count(CellStatus.NOT_IN_REBUILT)).isZero();
    assertThat(cells.count(CellStatus.NOT_READABLE)).isZero();
  }

  /** Page 16: the items listed under 合计, each on the canonical 三公 table's one row. */
  @Test
  void itsThreePublicListIsReadByItsItems() throws Exception {
    List<String> lines = PDF.lines();

    assertThat(lines).contains("1700.17\t0.00\t16.32\t1683.85\t495.85\t1188.00");
  }
}
