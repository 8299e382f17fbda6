package org.budgetledger.app.importer.families;

import static org.assertj.core.api.Assertions.assertThat;

import org.budgetledger.app.importer.DisclosureImporter;
import org.budgetledger.app.importer.ImportReport;
import org.budgetledger.app.importer.ImportedDocuments;
import org.budgetledger.app.reconciliation.ReconciliationService;
import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.reconciliation.CellComparisonResult;
import org.budgetledger.projections.reconciliation.CellStatus;
import org.budgetledger.projections.tables.TableKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * 财政拨款基本支出表 by 部门经济分类 (预算19表 in the canonical text): Jiangsu's 公开06表 财政拨款基本支出表（经济科目） and Yantai's
 * 基本支出预算情况表 in its 财政拨款 columns are compared cell for cell with the ledger's basic lines of the
 * three fiscal funds by economic code; their 类 rows (301 工资福利支出 …) are subtotals compared with the
 * rebuilt codes under them summed. Figures as printed on the pages named.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:fiscalbasic;DB_CLOSE_DELAY=-1",
      "ledger.seeds.import-on-start=false"
    })
class FiscalBasicEconomicPdfTest {
  private static final TableKind FISCAL_BASIC = TableKind.FISCAL_APPROPRIATION_BASIC;

  @Autowired DisclosureImporter importer;
  @Autowired ReconciliationService reconciliation;
  @Autowired ImportedDocuments documents;

  @Test
  void jiangsu2026ComparesEveryFigureOfItsTable06() throws Exception {
    // 公开06表 p.24: 合计 / 人员经费 / 公用经费 of 财政拨款 by 部门经济分类
    ImportReport imported = FamilyPdf.of("jiangsu-2026-17a8236f.pdf").importInto(importer);
    CellComparisonResult cells = FamilyPdf.reconciled(reconciliation, imported).comparison();

    assertAgrees(imported, cells, "total", "total", "279627.29", false);
    assertAgrees(imported, cells, "total", "personnel", "262303.68", false);
    assertAgrees(imported, cells, "total", "public", "17323.61", false);
    assertAgrees(imported, cells, "-|301", "total", "246622.47", true);
    assertAgrees(imported, cells, "-|30101", "personnel", "40124.56", false);
    assertAgrees(imported, cells, "-|30217", "public", "100.37", false);
    assertAgrees(imported, cells, "-|30399", "total", "114.24", false);
    // all 61 of its figures, none left uncompared
    assertThat(agreeing(cells)).isEqualTo(61);
  }

  @Test
  void jiangsu2019ComparesItsOneColumnTable06() throws Exception {
    // 公开06表 p.17: 金额 only, the 财政拨款 合计
    ImportReport imported = FamilyPdf.of("jiangsu-2019-d64c3b59.pdf").importInto(importer);
    CellComparisonResult cells = FamilyPdf.reconciled(reconciliation, imported).comparison();

    assertAgrees(imported, cells, "total", "total", "15844.04", false);
    assertAgrees(imported, cells, "-|303", "total", "1491.50", true);
    assertAgrees(imported, cells, "-|30215", "total", "158.44", false);
    assertAgrees(imported, cells, "-|30309", "total", "1.05", false);
    assertThat(agreeing(cells)).isEqualTo(31);
  }

  @Test
  void yantaiComparesEveryPrintedColumnOfItsBasicTable() throws Exception {
    // 公开表10 p.24-26: 部门 and 政府 类/款 × 合计 / 财政拨款 (小计, three funds) / 财政专户管理资金 / 单位资金 …
    ImportReport imported = FamilyPdf.of("yantai-2026-8bfe1f02.pdf").importInto(importer);
    CellComparisonResult cells = FamilyPdf.reconciled(reconciliation, imported).comparison();

    assertAgrees(imported, cells, "total", "total", "181736.53", false);
    assertAgrees(imported, cells, "501|301", "total", "1014.57", true);
    assertAgrees(imported, cells, "505|301", "total", "165157.74", true);
    // 30101 基本工资 printed under 50101 (p.24) and under 50501: two rows
    assertAgrees(imported, cells, "50101|30101", "total", "236.54", false);
    assertAgrees(imported, cells, "50501|30101", "total", "44135.16", false);
    assertAgrees(imported, cells, "50901|30305", "total", "332.56", false);
    // its 一般公共预算 column (the only fiscal fund with basic money here) against the ledger's 一般公共预算
    // lines, which 公开表6 also prints by code
    assertAgrees(imported, cells, "total", "generalBudget", "181736.53", false);
    assertAgrees(imported, cells, "505|302", "generalBudget", "1259.02", true);
    assertAgrees(imported, cells, "50905|30302", "generalBudget", "12342.53", false);
    // its 合计 (every source): the 合计 row against every source's basic money (支出总体情况表's 基本支出
    // 181,736.53, p.12), each code where it prints no other source's money (none does here)
    assertAgrees(imported, cells, "total", "everyFund", "181736.53", false);
    assertAgrees(imported, cells, "509|303", "everyFund", "14174.33", true);
    assertAgrees(imported, cells, "50501|30107", "everyFund", "29520.70", false);
    assertAgrees(imported, cells, "50999|30399", "everyFund", "246.18", false);
    // all 159 figures of its three printed columns, none left uncompared
    assertThat(agreeing(cells)).isEqualTo(159);
  }

  private static int agreeing(CellComparisonResult cells) {
    return cells.tallies().stream()
        .filter(t -> t.table() == FISCAL_BASIC)
        .mapToInt(t -> t.figures(CellStatus.EXACT) + t.figures(CellStatus.WITHIN_ROUNDING))
        .sum();
  }

  private void assertAgrees(
      ImportReport imported,
      CellComparisonResult cells,
      String row,
      String column,
      String printedWan,
      boolean subtotal) {
    ComparedCells.assertAgrees(
        documents,
        imported.budgetId(),
        cells,
        FISCAL_BASIC,
        row,
        column,
        Fen.parseWan(printedWan),
        subtotal);
  }
}
