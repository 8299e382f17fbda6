package org.budgetledger.app.importer.families;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
 * 政府采购 tables printed row by row (Jiangsu's 政府采购支出表: 采购品目大类, unit or 专项, 采购品目 with its 资金来源
 * columns) are read into tags at the grain printed and every printed figure is compared with the
 * table rebuilt from them: 无锡市教育局 2026 p.32–49 (558 figures), 江苏省人民检察院 2019 p.22–24 (41).
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:procurementrows;DB_CLOSE_DELAY=-1",
      "ledger.seeds.import-on-start=false"
    })
class ProcurementRowsPdfTest {
  @Autowired DisclosureImporter importer;
  @Autowired ReconciliationService reconciliation;

  @Test
  void jiangsu2026ReadsEveryRowWithItsFundColumns() throws Exception {
    List<String> lines = JiangsuPdfImportTest.PDF.lines();

    assertThat(lines)
        .contains(
            "采购类别\t采购分组\t采购明细\t金额\t一般公共预算资金\t其他资金",
            // (政府性基金 and 上年结转和结余资金 hold no money: the canonical table leaves them out)
            // p.32: the 合计 and 货物 rows
            "合计\t\t\t14,549.77\t14,353.67\t196.10",
            "A-货物\t\t\t874.10\t816.10\t58.00",
            // p.36: a unit and its 采购品目
            "A-货物\t无锡学院\t\t250.00\t250.00\t",
            "A-货物\t无锡学院\t信息化建设|其他商品和服务支出|其他计算机软件|集中采购机构采购\t50.00\t50.00\t",
            // p.47–48: a unit's name split over the page break, read as one
            "C-服务\t无锡市第一中学\t\t200.05\t200.05\t",
            // p.46–47: an item whose words wrap to the next row
            "C-服务\t江苏省无锡师范附属太湖新城小学\t商品和服务支出(定额非三保)|公务用车运行维护费|车辆维修和保养服务|集中采购" + "\t1.20\t1.20\t");
  }

  @Test
  void jiangsu2019CarriesTheProjectDownToItsNextEconomicClass() throws Exception {
    List<String> lines = Jiangsu2019PdfImportTest.PDF.lines();

    assertThat(lines)
        .contains(
            "合计\t\t\t2,744.84",
            "A-货物\t\t\t303.40",
            "A-货物\t办公、办案设备更新购置费|办公设备购置\t\t131.40",
            "A-货物\t办公、办案设备更新购置费|办公设备购置\t台式计算机（20万以下）|政府集中采购\t15.00",
            // p.23: 专用设备购置 under the 专项 printed once above it (a merged cell)
            "A-货物\t网络、电子检务、实验室、机要通道、档案数字化系统运行维护费|专用设备购置\t\t63.00");
  }

  @Test
  void jiangsu2026ComparesEveryPrintedProcurementFigure() throws Exception {
    TableTally procurement = procurementTally(JiangsuPdfImportTest.PDF);

    // 543 printed under the family's words (bench-import's count) and 15 in its 其他资金 column,
    // whose words the vocabulary does not know (其他资金 is not a canonical fund source)
    assertThat(figures(procurement)).isEqualTo(558);
    assertThat(procurement.figures(CellStatus.EXACT)).isEqualTo(558);
  }

  @Test
  void jiangsu2019ComparesEveryPrintedProcurementFigure() throws Exception {
    TableTally procurement = procurementTally(Jiangsu2019PdfImportTest.PDF);

    assertThat(figures(procurement)).isEqualTo(41);
    assertThat(procurement.figures(CellStatus.EXACT)).isEqualTo(41);
  }

  private TableTally procurementTally(FamilyPdf pdf) throws Exception {
    ImportReport imported = pdf.importInto(importer);
    assertThat(imported.status()).isEqualTo(ImportReport.Status.IMPORTED);
    CellComparisonResult cells = FamilyPdf.reconciled(reconciliation, imported).comparison();
    assertThat(cells.findings()).noneMatch(f -> f.table() == TableKind.PROCUREMENT);
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
