package org.budgetledger.app.importer.families;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.budgetledger.app.importer.DisclosureImporter;
import org.budgetledger.app.importer.ImportReport;
import org.budgetledger.app.importer.ImportedDocuments;
import org.budgetledger.app.importer.published.DocumentCodes;
import org.budgetledger.app.reconciliation.ReconciliationService;
import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.reconciliation.CellComparisonResult;
import org.budgetledger.projections.reconciliation.CellStatus;
import org.budgetledger.projections.tables.TableKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A 收入总表 printed by unit below its 合计, in a document whose lines sit on the department: each unit's
 * row is read (named by its printed code, else by a code derived from its name), its income
 * recorded as printed within rounding, and each of its cells compared with the rebuilt unit row.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:incomebyunit;DB_CLOSE_DELAY=-1",
      "ledger.seeds.import-on-start=false"
    })
class IncomeByUnitPdfTest {
  @Autowired DisclosureImporter importer;
  @Autowired ReconciliationService reconciliation;
  @Autowired ImportedDocuments documents;

  /** A unit Guangzhou names by name only: the code the ledger derives from the two names. */
  private static String unit(String department, String name) {
    return DocumentCodes.derivedDepartmentCode(department)
        + "U"
        + DocumentCodes.derivedDepartmentCode(name).substring(1);
  }

  /**
   * p.11-12: 37 units below 合计 89,421.55; 广州市环境技术中心（广州市美丽城市建设中心） 3,167.91 = 一般公共预算 3,154.51 + 事业收入
   * 13.40; 广东省广州生态环境监测中心站 14,906.31 = 14,673.47 + 政府性基金 194.69 + 38.16 (the parts add to 14,906.32:
   * the 合计 is held within its rounding too).
   */
  @Test
  void guangzhouComparesEachUnitsIncome() throws IOException {
    ImportReport imported = FamilyPdf.of("guangzhou-2026-39d6f21a.pdf").importInto(importer);
    assertThat(imported.status()).isEqualTo(ImportReport.Status.IMPORTED);
    assertThat(imported.notes())
        .contains("收入总表按单位列示 37 个单位（其中 37 个仅见于此表）：各单位收入按表列数记录")
        .noneMatch(n -> n.contains("只读取合计行") || n.contains("UNITS_BEYOND_ROUNDING"));
    String department = "广州市生态环境局";
    assertUnit(
        imported,
        unit(department, "广州市环境技术中心（广州市美丽城市建设中心）"),
        Map.of("total", "3167.91", "GENERAL_BUDGET", "3154.51", "BUSINESS_INCOME", "13.40"));
    assertUnit(
        imported,
        unit(department, "广东省广州生态环境监测中心站"),
        Map.of(
            "total", "14906.31",
            "GENERAL_BUDGET", "14673.47",
            "GOVERNMENT_FUND", "194.69",
            "BUSINESS_INCOME", "38.16"));
    CellComparisonResult cells = comparison(imported);
    assertThat(cells.count(CellStatus.MISMATCH)).isZero();
    // every 收入总表 unit row has its rebuilt row (and, since s13-gz, every 表11 unit row: its units'
    // basic money recorded as printed, GuangzhouPdfImportTest)
    assertThat(cells.findings(CellStatus.NOT_IN_REBUILT)).isEmpty();
  }

  /**
   * p.42: 合计 and the department's row 251 (3,720,011,901.80), then 16 units by code; 251002
   * 西安市土地储备交易中心 3,022,201,707.41 = 一般公共预算 8,381,519.41 + 政府性基金 3,013,820,188.00; 251001 prints
   * 其中：专项资金列入部门预算的项目 100,000,000.00 of its 448,554,482.73. Printed in 元: every cell EXACT.
   */
  @Test
  void xianComparesEachUnitsIncomeToTheFen() throws IOException {
    ImportReport imported = FamilyPdf.of("xian-2022-e183be6a.pdf").importInto(importer);
    assertThat(imported.status()).isEqualTo(ImportReport.Status.IMPORTED);
    assertThat(imported.notes()).noneMatch(n -> n.contains("只读取合计行"));
    assertUnitInYuan(
        imported,
        "251002",
        Map.of(
            "total", "3022201707.41",
            "GENERAL_BUDGET", "8381519.41",
            "GOVERNMENT_FUND", "3013820188.00"));
    assertUnitInYuan(
        imported,
        "251001",
        Map.of(
            "GENERAL_BUDGET", "448554482.73",
            "GENERAL_BUDGET:SPECIAL_FUNDS", "100000000.00",
            "GOVERNMENT_FUND", "17959420.00"));
    CellComparisonResult cells = comparison(imported);
    assertThat(cells.count(CellStatus.WITHIN_ROUNDING)).isZero();
    assertThat(cells.count(CellStatus.MISMATCH)).isZero();
  }

  /**
   * 杭州市公安局 2026 p.21–22: a unit's row broken by the page (杭州市机动 … 事业收入 12,437.3 at the foot of
   * p.21, 车驾驶员考试服务中心 … 6 at the head of p.22) is read as one row: 14,549.64 = 事业收入 12,437.36 + 其他收入
   * 2,112.28. The units' 一般公共预算 miss the 合计's 366,195.79 by 1,471.66 万元, a finding of the document
   * the reconciliation reports on the largest unit (交通管理支队) alone; 交通治安分局's 总计 8,017.41 holds
   * within rounding though its parts (8,012.71 + 4.71) print 0.01 above it.
   */
  @Test
  void hangzhouReadsAUnitsRowBrokenByThePage() throws IOException {
    ImportReport imported =
        FamilyPdf.of("hangzhou-zhejiang-2026-c0afe4e6.pdf").importInto(importer);
    assertThat(imported.status()).isEqualTo(ImportReport.Status.IMPORTED);
    assertThat(imported.notes()).noneMatch(n -> n.contains("只读取合计行"));
    String department = "杭州市公安局";
    assertUnit(
        imported,
        unit(department, "杭州市机动车驾驶员考试服务中心"),
        Map.of("total", "14549.64", "BUSINESS_INCOME", "12437.36", "OTHER_INCOME", "2112.28"));
    assertUnit(
        imported,
        unit(department, "杭州市公安局交通治安分局（水上治安分局）"),
        Map.of("total", "8017.41", "GENERAL_BUDGET", "8012.71"));
    assertThat(comparison(imported).findings(CellStatus.MISMATCH))
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.rowKey()).isEqualTo(unit(department, "杭州市公安局交通管理支队")));
  }

  private void assertUnit(ImportReport imported, String unit, Map<String, String> wan) {
    CellComparisonResult cells = comparison(imported);
    wan.forEach(
        (column, figure) -> {
          assertThat(printed(imported, unit, column)).isEqualTo(Fen.parseWan(figure));
          assertThat(ComparedCells.status(cells, TableKind.INCOME_SUMMARY, unit, column))
              .isIn(CellStatus.EXACT, CellStatus.WITHIN_ROUNDING);
        });
  }

  private void assertUnitInYuan(ImportReport imported, String unit, Map<String, String> yuan) {
    CellComparisonResult cells = comparison(imported);
    yuan.forEach(
        (column, figure) -> {
          assertThat(printed(imported, unit, column)).isEqualTo(Fen.parseYuan(figure));
          assertThat(ComparedCells.status(cells, TableKind.INCOME_SUMMARY, unit, column))
              .isEqualTo(CellStatus.EXACT);
        });
  }

  private Fen printed(ImportReport imported, String unit, String column) {
    return ComparedCells.printed(
            documents, imported.budgetId(), TableKind.INCOME_SUMMARY, unit, column)
        .amount();
  }

  private CellComparisonResult comparison(ImportReport imported) {
    return FamilyPdf.reconciled(reconciliation, imported).comparison();
  }
}
