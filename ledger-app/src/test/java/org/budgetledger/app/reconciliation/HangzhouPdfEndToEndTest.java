package org.budgetledger.app.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.budgetledger.app.importer.DisclosureImporter;
import org.budgetledger.app.importer.ImportReport;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.reconciliation.CellComparisonResult;
import org.budgetledger.projections.reconciliation.CellFinding;
import org.budgetledger.projections.reconciliation.CellStatus;
import org.budgetledger.projections.reconciliation.ReconciliationReport;
import org.budgetledger.projections.tables.TableKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * 杭州市公安局 2026, a Hangzhou / Zhejiang PDF printing function and economic names without codes,
 * imported through the canonical path with its codes from the 2026 catalogue, and reconciled. The
 * cells that do not come back are named. Its 支出总表 prints no 经济分类: the 一般公共预算 基本支出 is spread over
 * 基本支出表's codes, each in the column it is printed in (30399 其他对个人和家庭的补助 under 公用经费 2,425.38, as
 * published), so 基本支出表 and the 三公 items paid from it come back; 公务用车购置费 1,024.69, a code no row of
 * 基本支出表 holds, is paid from 项目支出 (THREE_PUBLIC_FROM_PROJECT) and comes back too; the lines are held
 * to the printed income, so the 一般公共预算 income that balances them prints as printed.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:hangzhoupdf;DB_CLOSE_DELAY=-1",
      "ledger.seeds.import-on-start=false"
    })
class HangzhouPdfEndToEndTest {
  static final Path PDF =
      Path.of("src/test/resources/corpus/pdf/hangzhou-zhejiang-2026-c0afe4e6.pdf");
  @Autowired DisclosureImporter importer;
  @Autowired ReconciliationService reconciliation;

  @Test
  void thePoliceBureausNamesOnlyPdfImportsAndReconciles() throws IOException {
    ImportReport imported =
        importer.importBytes(
            PDF.getFileName().toString(), Files.readAllBytes(PDF), Actor.of("tester"));

    assertThat(imported.status()).isEqualTo(ImportReport.Status.IMPORTED);
    assertThat(imported.problems()).isEmpty();
    // 248 before: 8 project lines now also carry 31013 公务用车购置费
    assertThat(imported.spendingLegs()).isEqualTo(256);
    // 28 since s12-smalls: 收入总表's 11 units read (a row broken by the page joined), income on them
    assertThat(imported.incomeLegs()).isEqualTo(28);
    ReconciliationReport r =
        reconciliation.reconcileAsImported(BudgetId.parse(imported.budgetId())).get(0);
    CellComparisonResult cells = r.comparison();
    // one 款 row more EXACT than either side alone: 收支总表 行政事业单位医疗 (款 21011) 8,030.63 is the
    // sum of its two 项 lines, which the 基本支出表 codes solve to 7,813.144979 + 217.485021
    // + 52 EXACT and 18 WITHIN_ROUNDING: 支出总表's printed 类 and 款 rows (p.23, s10-classrows2)
    // 261 since s11-gbecon and s11-fnbasic (基本支出 小计 and the 类 rows by economic code)
    // 413 and 328 since s12-smalls: 收入总表's 11 unit rows (p.21-22, IncomeByUnitPdfTest), whose
    // income on the units moves the lines' solution, and 表8's printed 类 and 款 rows (p.30); + 200
    // EXACT and 1 WITHIN_ROUNDING: 表10's 34 projects and 合计 (s12-projects)
    // + 54 since s13-sangong: 表7's 9 units' rows (p.29, 6 cells each), their items recorded as
    // printed
    assertThat(cells.count(CellStatus.EXACT)).isEqualTo(667);
    // 218: its “三公”经费合计 compared since 2026-12-06, within rounding of the four items; 332 since
    // s13-hzyt: 一、财政拨款 373,795.79 (表1 p.20, 表4 p.25) over its two sources and 表4's 一、本年支出合计
    // 377,819.25, FiscalIncomeSubtotalPdfTest
    assertThat(cells.count(CellStatus.WITHIN_ROUNDING)).isEqualTo(332);
    // 一般公共预算 366,195.79 (表1 p.20, 表2, 表4): the lines are held to the printed income, not only
    // each within its rounding (they summed to 366,195.804743 before)
    assertThat(cells.findings())
        .filteredOn(f -> f.published() != null && f.published().equals(Fen.parseWan("366195.79")))
        .hasSize(3)
        .allSatisfy(f -> assertThat(f.status()).isEqualTo(CellStatus.WITHIN_ROUNDING));
    // the 款 and 项 rows of 收支总表 and 财政拨款收支总表 (24 and 23), names coded from the catalogue,
    // compared with the lines under their code: page 20, 公安 325,711.11; page 25, 公安 299,901.02
    assertThat(cells.findings(CellStatus.NOT_READABLE)).isEmpty();
    assertThat(cells.findings())
        .anySatisfy(
            f -> {
              assertThat(f.table()).isEqualTo(TableKind.INCOME_EXPENDITURE_SUMMARY);
              assertThat(f.rowKey()).isEqualTo("spendingDetail:20402");
              assertThat(f.status()).isEqualTo(CellStatus.WITHIN_ROUNDING);
              assertThat(f.published()).isEqualTo(Fen.parseWan("325711.11"));
            })
        .anySatisfy(
            f -> {
              assertThat(f.table()).isEqualTo(TableKind.FISCAL_APPROPRIATION_SUMMARY);
              assertThat(f.rowKey()).isEqualTo("spendingDetail:20402");
              assertThat(f.status()).isEqualTo(CellStatus.WITHIN_ROUNDING);
              assertThat(f.published()).isEqualTo(Fen.parseWan("299901.02"));
            })
        // 城市公共设施 7,600.00 (项 2121301, 政府性基金) in both: exact, so no finding
        .noneMatch(f -> f.rowKey().equals("spendingDetail:2121301"));
    assertThat(cells.count(CellStatus.NOT_IN_REBUILT)).isZero();
    // 表6 pages 27-28 (30399 under 公用经费 2,425.38 among them): every cell back, exact or rounded
    assertThat(
            r.comparison().findings().stream()
                .filter(f -> f.table() == TableKind.GENERAL_BUDGET_BASIC)
                .filter(f -> f.status() != CellStatus.WITHIN_ROUNDING))
        .isEmpty();
    // the document's own: its units' 一般公共预算 (p.21-22) miss the 合计's by 1,471.66 万元, reported on
    // the largest unit, 交通管理支队 (总计, 小计, 一般公共预算)
    assertThat(cells.findings(CellStatus.MISMATCH))
        .extracting(CellFinding::columnLabel)
        .containsExactlyInAnyOrder("总计", "小计", "一般公共预算");
  }

  @Test
  void everyLineOfTheSpendingTablesComesBackUnderItsCatalogueCode() throws IOException {
    ImportReport imported =
        importer.importBytes(
            PDF.getFileName().toString(), Files.readAllBytes(PDF), Actor.of("tester"));
    ReconciliationReport r =
        reconciliation.reconcileAsImported(BudgetId.parse(imported.budgetId())).get(0);

    // 支出总表 (90 cells) and 一般公共预算支出表 (64), their rows coded from names: none missed
    for (TableKind kind :
        List.of(TableKind.EXPENDITURE_SUMMARY, TableKind.GENERAL_BUDGET_EXPENDITURE)) {
      var tally =
          r.comparison().tallies().stream()
              .filter(t -> t.table() == kind)
              .findFirst()
              .orElseThrow();
      assertThat(tally.count(CellStatus.MISMATCH) + tally.count(CellStatus.NOT_IN_REBUILT))
          .as(kind.name())
          .isZero();
      assertThat(tally.count(CellStatus.NOT_IN_PUBLISHED) + tally.count(CellStatus.NOT_READABLE))
          .as(kind.name())
          .isZero();
    }
    // 城市基础设施配套费安排的支出 / 城市公共设施, page 24: 7,600.00 万元 of 项目支出, rebuilt exactly
    assertThat(r.comparison().findings())
        .noneMatch(f -> f.rowKey().startsWith("2121301|"))
        .anyMatch(f -> f.rowKey().startsWith("2040201|"));
    assertThat(imported.status())
        .isIn(ImportReport.Status.IMPORTED, ImportReport.Status.ALREADY_IMPORTED);
  }
}
