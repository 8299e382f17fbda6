package org.budgetledger.app.importer.families;

import static org.assertj.core.api.Assertions.assertThat;

import org.budgetledger.app.importer.DisclosureImporter;
import org.budgetledger.app.importer.ImportReport;
import org.budgetledger.app.reconciliation.ReconciliationService;
import org.budgetledger.projections.reconciliation.CellComparisonResult;
import org.budgetledger.projections.reconciliation.CellStatus;
import org.budgetledger.projections.reconciliation.TableTally;
import org.budgetledger.projections.tables.TableKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * 政府采购 tables by 功能科目 are read row by row into tags and every printed figure is compared with the
 * table rebuilt from them: Xi'an's 政府采购（资产配置、购买服务）预算表 nests function > 经费形式 (全额) > unit > item
 * (xian-2022 p.74–91, xian-2026 p.44–49), Yantai's 政府采购预算表 lists 类 > 款 > 项 by fund column with
 * 财政拨款's 小计 (p.38).
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:procurementbyfunction;DB_CLOSE_DELAY=-1",
      "ledger.seeds.import-on-start=false"
    })
class ProcurementByFunctionPdfTest {
  static final FamilyPdf XIAN_2022 = FamilyPdf.of("xian-2022-e183be6a.pdf");
  static final FamilyPdf XIAN_2026 = FamilyPdf.of("xian-2026-838aeef9.pdf");
  static final FamilyPdf YANTAI = FamilyPdf.of("yantai-2026-8bfe1f02.pdf");

  @Autowired DisclosureImporter importer;
  @Autowired ReconciliationService reconciliation;

  @Test
  void xian2022ReadsFunctionFundingTypeUnitAndItem() throws Exception {
    assertThat(XIAN_2022.lines())
        .contains(
            "采购类别\t采购分组\t采购明细\t金额",
            // p.74 rows 1–4: the 合计, 205 08 03 全额, its unit 251001 and the unit's one item
            // (采购项目, 采购目录, 规格型号, 部门经济科目 302 16, 政府经济科目 502 03)
            "合计\t\t\t374344799.50",
            "2050803-全额\t\t\t543600.00",
            "2050803-全额\t251001-西安市自然资源和规划局\t\t225600.00",
            "2050803-全额\t251001-西安市自然资源和规划局\t西安市林长制办公室工作经费|C1806培训服务|西安市林长制办公室培训|30216|50203"
                + "\t225600.00",
            // p.91 row 284: 229 99 99 差额, its funding type 2
            "2299999-差额\t\t\t18000000.00");
  }

  @Test
  void xian2026ReadsAnItemWithoutCatalogueWords() throws Exception {
    assertThat(XIAN_2026.lines())
        .contains(
            "合计\t\t\t391,328,302.13",
            "2040202-全额\t153001-西安市公安局\t\t60,780,868.59",
            // p.45: 公安其他业务经费（内容涉密）, its amount and no other word
            "2040202-全额\t153001-西安市公安局\t公安其他业务经费（内容涉密）\t23,690,000.00");
  }

  @Test
  void yantaiReadsClassSectionAndItemWithTheFiscalSubtotal() throws Exception {
    assertThat(YANTAI.lines())
        .contains(
            "采购类别\t采购分组\t采购明细\t金额\t财政拨款/小计\t财政拨款/一般公共预算\t财政专户管理资金\t单位资金",
            // p.38: 合计, 205 教育支出, 02 普通教育 and 04 高中教育
            "合计\t\t\t29,837.96\t12,571.49\t12,571.49\t16,165.23\t1,101.23",
            "205-教育支出\t\t\t29,837.96\t12,571.49\t12,571.49\t16,165.23\t1,101.23",
            "205-教育支出\t20502-普通教育\t\t6,820.24\t5,912.62\t5,912.62\t907.61\t",
            "205-教育支出\t20502-普通教育\t2050204-高中教育\t6,275.78\t5,368.17\t5,368.17\t907.61\t");
  }

  @Test
  void xian2022ComparesEveryPrintedProcurementFigure() throws Exception {
    TableTally procurement = procurementTally(XIAN_2022);

    assertThat(figures(procurement)).isEqualTo(286);
    assertThat(procurement.figures(CellStatus.EXACT)).isEqualTo(286);
  }

  @Test
  void xian2026ComparesEveryPrintedProcurementFigure() throws Exception {
    TableTally procurement = procurementTally(XIAN_2026);

    assertThat(figures(procurement)).isEqualTo(258);
    assertThat(procurement.figures(CellStatus.EXACT)).isEqualTo(258);
  }

  @Test
  void yantaiComparesEveryPrintedProcurementFigure() throws Exception {
    TableTally procurement = procurementTally(YANTAI);

    // every row's 合计 and fund figures, the 财政拨款 小计 among them; the 合计 row's 29,837.96 against
    // its items' 29,837.95, and two more sums of 2-decimal figures, within rounding
    assertThat(figures(procurement)).isEqualTo(55);
    assertThat(procurement.figures(CellStatus.EXACT)).isEqualTo(52);
    assertThat(procurement.figures(CellStatus.WITHIN_ROUNDING)).isEqualTo(3);
  }

  private TableTally procurementTally(FamilyPdf pdf) throws Exception {
    ImportReport imported = pdf.importInto(importer);
    assertThat(imported.status()).isEqualTo(ImportReport.Status.IMPORTED);
    CellComparisonResult cells = FamilyPdf.reconciled(reconciliation, imported).comparison();
    assertThat(cells.findings())
        .noneMatch(
            f -> f.table() == TableKind.PROCUREMENT && f.status() != CellStatus.WITHIN_ROUNDING);
    return cells.tallies().stream()
        .filter(t -> t.table() == TableKind.PROCUREMENT)
        .findFirst()
        .orElseThrow();
  }

  private static int figures(TableTally tally) {
    int all = 0;
    for (CellStatus status : CellStatus.values()) {
      all += tally.figures(status);
    }
    return all;
  }
}
