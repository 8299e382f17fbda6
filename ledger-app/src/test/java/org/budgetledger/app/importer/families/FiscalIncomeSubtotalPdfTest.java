package org.budgetledger.app.importer.families;

import org.budgetledger.app.importer.DisclosureImporter;
import org.budgetledger.app.importer.ImportReport;
import org.budgetledger.app.importer.ImportedDocuments;
import org.budgetledger.app.reconciliation.ReconciliationService;
import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.reconciliation.CellComparisonResult;
import org.budgetledger.projections.tables.PrintedBalanceRows;
import org.budgetledger.projections.tables.TableKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The subtotal of the fiscal sources a 收支总表 or 财政拨款收支总表 prints above them (一、财政拨款, 一、财政拨款收入) is
 * compared with the ledger's income of those sources summed, within the rounding of the sources it
 * sums: Hangzhou's 表1 and 表4, Yantai's 收支总体情况表. A side's subtotal printed only as its heading
 * (Hangzhou's 表4 一、本年支出合计) is that subtotal. Figures as printed on the pages named.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:fiscalincome;DB_CLOSE_DELAY=-1",
      "ledger.seeds.import-on-start=false"
    })
class FiscalIncomeSubtotalPdfTest {
  @Autowired DisclosureImporter importer;
  @Autowired ReconciliationService reconciliation;
  @Autowired ImportedDocuments documents;

  @Test
  void hangzhouPoliceComparesItsFiscalSubtotalInTables1And4() throws Exception {
    // 表1 p.20 and 表4 p.25: 一、财政拨款 373,795.79 = 一般公共预算 366,195.79 + 政府性基金预算 7,600.00
    ImportReport imported =
        FamilyPdf.of("hangzhou-zhejiang-2026-c0afe4e6.pdf").importInto(importer);
    CellComparisonResult cells = FamilyPdf.reconciled(reconciliation, imported).comparison();

    assertAgrees(imported, cells, TableKind.INCOME_EXPENDITURE_SUMMARY, "373795.79");
    assertAgrees(imported, cells, TableKind.FISCAL_APPROPRIATION_SUMMARY, "373795.79");
    // 表4 prints its 本年支出合计 once, as its spending side's heading (一、本年支出合计 377,819.25): the
    // table's subtotal, compared as such
    ComparedCells.assertAgrees(
        documents,
        imported.budgetId(),
        cells,
        TableKind.FISCAL_APPROPRIATION_SUMMARY,
        "totals:currentYear",
        "spending",
        Fen.parseWan("377819.25"),
        true);
  }

  @Test
  void hangzhouTransportComparesItsFiscalSubtotalWithinTheRoundingOfItsSources() throws Exception {
    // 表1 p.22 and 表4 p.28: 一、财政拨款 636,376.38 over 一般公共预算 and 政府性基金预算, each solved within
    // its own rounding: the ledger's sum may be off by a half unit per source
    ImportReport imported =
        FamilyPdf.of("hangzhou-zhejiang-2026-e488d331.pdf").importInto(importer);
    CellComparisonResult cells = FamilyPdf.reconciled(reconciliation, imported).comparison();

    assertAgrees(imported, cells, TableKind.INCOME_EXPENDITURE_SUMMARY, "636376.38");
    assertAgrees(imported, cells, TableKind.FISCAL_APPROPRIATION_SUMMARY, "636376.38");
  }

  @Test
  void yantaiComparesItsFiscalIncomeAboveItsSources() throws Exception {
    // 收支总体情况表 p.9: 一、财政拨款收入 233,644.90 = 231,286.22 + 2,358.68
    ImportReport imported = FamilyPdf.of("yantai-2026-8bfe1f02.pdf").importInto(importer);
    CellComparisonResult cells = FamilyPdf.reconciled(reconciliation, imported).comparison();

    assertAgrees(imported, cells, TableKind.INCOME_EXPENDITURE_SUMMARY, "233644.90");
  }

  private void assertAgrees(
      ImportReport imported, CellComparisonResult cells, TableKind table, String printedWan) {
    ComparedCells.assertAgrees(
        documents,
        imported.budgetId(),
        cells,
        table,
        PrintedBalanceRows.FISCAL_INCOME,
        "income",
        Fen.parseWan(printedWan),
        false);
  }
}
