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
  private static final TableKind ALL_KINDS = TableKind.GENERAL_BUDGET_ECONOMIC;

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

  @Test
  void xian2022ComparesItsTableByEconomicCodePairByPair() throws Exception {
    // 表6 p.51: 30201 办公费 under 50201 办公经费 (公用经费 2,313,218.00 + 专项业务经费 800,000.00) and under
    // 50502 商品和服务支出; 类 302 above them; the 合计 row p.50
    ImportReport imported = FamilyPdf.of("xian-2022-e183be6a.pdf").importInto(importer);
    CellComparisonResult cells = FamilyPdf.reconciled(reconciliation, imported).comparison();

    assertAgrees(
        imported, cells, ALL_KINDS, "50201|30201", "total", Fen.parseYuan("3113218.00"), false);
    assertAgrees(
        imported, cells, ALL_KINDS, "50201|30201", "public", Fen.parseYuan("2313218.00"), false);
    assertAgrees(
        imported, cells, ALL_KINDS, "50502|30201", "total", Fen.parseYuan("9475449.48"), false);
    assertAgrees(imported, cells, ALL_KINDS, "-|302", "total", Fen.parseYuan("463450186.51"), true);
    assertAgrees(
        imported, cells, ALL_KINDS, "total", "total", Fen.parseYuan("640224693.80"), false);
    // its 项目支出 column stays the 项目支出 table's, 30201 summed over its two 政府 codes
    assertAgrees(imported, cells, PROJECT, "30201", "total", Fen.parseYuan("8964764.48"), false);
  }

  @Test
  void xian2026ComparesItsTableByEconomicCodeAndItsBalanceSheetsByUse() throws Exception {
    ImportReport imported = FamilyPdf.of("xian-2026-838aeef9.pdf").importInto(importer);
    CellComparisonResult cells = FamilyPdf.reconciled(reconciliation, imported).comparison();

    // 表6 p.27: 30227 委托业务费 under 50205, 公用经费 12,590,417.00 + 专项业务经费 190,066,048.00
    assertAgrees(
        imported, cells, ALL_KINDS, "50205|30227", "total", Fen.parseYuan("202656465.00"), false);
    assertAgrees(
        imported, cells, ALL_KINDS, "total", "personnel", Fen.parseYuan("2107314596.05"), false);
    // 表1 p.22, the block by use beside the 类: 1、人员经费和公用经费支出, 2、专项业务经费支出
    TableKind summary = TableKind.INCOME_EXPENDITURE_SUMMARY;
    assertAgrees(
        imported,
        cells,
        summary,
        "spendingUse:basic",
        "spending",
        Fen.parseYuan("2291949163.84"),
        false);
    assertAgrees(
        imported,
        cells,
        summary,
        "spendingUse:project",
        "spending",
        Fen.parseYuan("1152527815.34"),
        false);
    // 表4 p.25: 财政拨款's 专项业务经费支出, its 上年结转 131,027,041.73 included
    assertAgrees(
        imported,
        cells,
        TableKind.FISCAL_APPROPRIATION_SUMMARY,
        "spendingUse:project",
        "spending",
        Fen.parseYuan("1085462907.63"),
        false);
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
