package org.budgetledger.app.importer.families;

import org.budgetledger.app.importer.DisclosureImporter;
import org.budgetledger.app.importer.ImportReport;
import org.budgetledger.app.importer.ImportedDocuments;
import org.budgetledger.app.reconciliation.ReconciliationService;
import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.reconciliation.CellComparisonResult;
import org.budgetledger.projections.tables.TableKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * 一般公共预算 tables by 部门经济分类: a table printing 基本支出 beside 项目支出 is read as the 项目支出 table by economic
 * code and (where the document prints no 基本支出表) as the 基本支出表, and the 类 rows of both (301 工资福利支出
 * above 30101 …) are subtotals compared with the rebuilt codes summed, never lines. Figures as
 * printed on the pages named.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:economictables;DB_CLOSE_DELAY=-1",
      "ledger.seeds.import-on-start=false"
    })
class EconomicTablesPdfImportTest {
  private static final TableKind BASIC = TableKind.GENERAL_BUDGET_BASIC;
  private static final TableKind PROJECT = TableKind.GENERAL_BUDGET_PROJECT_ECONOMIC;

  @Autowired DisclosureImporter importer;
  @Autowired ReconciliationService reconciliation;
  @Autowired ImportedDocuments documents;

  @Test
  void shenzhenReadsItsTableByEconomicCodeAsBothTables() throws Exception {
    // 表8 一般公共预算支出表（按经济分类）, p.32-35: 支出总计 / 基本支出 / 项目支出 of one unit
    ImportReport imported = FamilyPdf.of("shenzhen-2026-c9051f27.pdf").importInto(importer);
    CellComparisonResult cells = FamilyPdf.reconciled(reconciliation, imported).comparison();

    assertAgrees(imported, cells, PROJECT, "302", "total", Fen.parseWan("2404.15"), true);
    assertAgrees(imported, cells, PROJECT, "30227", "total", Fen.parseWan("1463.27"), false);
    assertAgrees(imported, cells, PROJECT, "total", "total", Fen.parseWan("52270.06"), false);
    assertAgrees(imported, cells, BASIC, "-|301", "total", Fen.parseWan("2050.00"), true);
    assertAgrees(imported, cells, BASIC, "-|30101", "total", Fen.parseWan("407.65"), false);
    assertAgrees(imported, cells, BASIC, "-|30239", "total", Fen.parseWan("36.58"), false);
    assertAgrees(imported, cells, BASIC, "total", "total", Fen.parseWan("2368.01"), false);
  }

  @Test
  void xian2026ComparesItsClassRowsAndProjectColumn() throws Exception {
    ImportReport imported = FamilyPdf.of("xian-2026-838aeef9.pdf").importInto(importer);
    CellComparisonResult cells = FamilyPdf.reconciled(reconciliation, imported).comparison();

    // 表8 p.30: 301 工资福利支出 above its codes; 30101 under 政府 50101
    Fen wages = Fen.parseYuan("2024615340.85");
    assertAgrees(imported, cells, BASIC, "-|301", "total", wages, true);
    assertAgrees(imported, cells, BASIC, "-|301", "personnel", wages, true);
    assertAgrees(
        imported, cells, BASIC, "50101|30101", "total", Fen.parseYuan("349382920.32"), false);
    // 表6 p.27: 专项业务经费支出 of 30227 委托业务费 and of 类 302
    assertAgrees(imported, cells, PROJECT, "30227", "total", Fen.parseYuan("190066048.00"), false);
    assertAgrees(imported, cells, PROJECT, "302", "total", Fen.parseYuan("776769644.80"), true);
  }

  @Test
  void xian2022KeepsACodePrintedUnderTwoGovernmentCodesAsTwoRows() throws Exception {
    // 表8 p.59: 30101 基本工资 under 50101 工资奖金津补贴 and under 50501 工资福利支出
    ImportReport imported = FamilyPdf.of("xian-2022-e183be6a.pdf").importInto(importer);
    CellComparisonResult cells = FamilyPdf.reconciled(reconciliation, imported).comparison();

    assertAgrees(
        imported, cells, BASIC, "50101|30101", "total", Fen.parseYuan("24202049.04"), false);
    assertAgrees(
        imported, cells, BASIC, "50501|30101", "total", Fen.parseYuan("12930396.00"), false);
    assertAgrees(imported, cells, BASIC, "-|301", "total", Fen.parseYuan("143623196.29"), true);
  }

  private void assertAgrees(
      ImportReport imported,
      CellComparisonResult cells,
      TableKind table,
      String row,
      String column,
      Fen printed,
      boolean subtotal) {
    ComparedCells.assertAgrees(
        documents, imported.budgetId(), cells, table, row, column, printed, subtotal);
  }
}
