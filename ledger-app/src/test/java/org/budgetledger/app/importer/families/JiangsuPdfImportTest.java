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
 * 无锡市教育局 2026 (Jiangsu family, 万元 with 2 decimals, codes as digits, 支出总表 by function only) imports
 * with every fund source it prints and reconciles: all its 439 published cells, 286 EXACT and 153
 * WITHIN_ROUNDING. The 三公 table's 公务用车购置费 36.00 (and the 小计 140.80 holding it), a code no row of
 * 基本支出表 holds, is paid from 项目支出 (THREE_PUBLIC_FROM_PROJECT); it was a MISMATCH before, and 3 EXACT
 * cells became WITHIN_ROUNDING as the project lines it splits are solved within their rounding. Its
 * 会议费 37.97 and 培训费 925.46 (p.28), printed beside the 三公 items and outside its “三公”经费合计, are read
 * since 2026-12-06: 基本支出表 holds 30216 225.46, so 700.00 of 培训费 is paid from 项目支出 too (441 cells; 6
 * more EXACT cells became WITHIN_ROUNDING, as for 公务用车购置费).
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:jiangsu;DB_CLOSE_DELAY=-1",
      "ledger.seeds.import-on-start=false"
    })
class JiangsuPdfImportTest {
  static final FamilyPdf PDF = FamilyPdf.of("jiangsu-2026-17a8236f.pdf");

  @Autowired DisclosureImporter importer;
  @Autowired ReconciliationService reconciliation;

  @Test
  void importsAndReconcilesAtLeast995PercentOfItsCells() throws IOException {
    ImportReport imported = PDF.importInto(importer);

    assertThat(imported.problems()).isEmpty();
    assertThat(imported.status()).isEqualTo(ImportReport.Status.IMPORTED);
    // 5 before its 收入总表's 42 units' rows (p.16-17) recorded each unit's income as printed
    assertThat(imported.incomeLegs()).isEqualTo(48);

    CellComparisonResult cells = FamilyPdf.reconciled(reconciliation, imported).comparison();
    // 251 / 191 before those rows were compared (2026-12-06 17:30 UTC, 714 cells, blanks included);
    // since 18:25 UTC the printed 类 and 款 rows of its 一般公共预算支出表: 31 EXACT and 37 within
    // rounding more
    // + 支出总表's printed 类 and 款 rows (s10-classrows2)
    // + 政府采购支出表 (p.32–49) read row by row: 831 cells, blanks included, all EXACT
    // + 公开06表 财政拨款基本支出表（经济科目） (p.24, s12-basicecon): 90 cells, 48 EXACT, 42 within rounding
    assertThat(cells.count(CellStatus.EXACT)).isEqualTo(2052);
    // 191: its “三公”经费合计 241.17 (p.28) compared since 2026-12-06 (the four items within rounding)
    assertThat(cells.count(CellStatus.WITHIN_ROUNDING)).isEqualTo(456);
    assertThat(cells.findings(CellStatus.MISMATCH)).isEmpty();
    // p.22-23 公开05表 财政拨款支出表（功能科目）, rebuilt from the 财政拨款 lines by function: all its 157
    // figures agree, its 类 205 教育支出 336,653.50 / 184,599.10 / 项目 152,054.40 among them
    assertThat(cells.tallies())
        .filteredOn(t -> t.table() == TableKind.FISCAL_APPROPRIATION_EXPENDITURE)
        .singleElement()
        .satisfies(
            t ->
                assertThat(t.figures(CellStatus.EXACT) + t.figures(CellStatus.WITHIN_ROUNDING))
                    .isEqualTo(157));
    assertThat(
            ComparedCells.status(
                cells, TableKind.FISCAL_APPROPRIATION_EXPENDITURE, "205", "project"))
        .isIn(CellStatus.EXACT, CellStatus.WITHIN_ROUNDING);
    assertThat(cells.findings())
        .filteredOn(f -> f.table() == TableKind.THREE_PUBLIC_EXPENSES)
        .allSatisfy(f -> assertThat(f.status()).isEqualTo(CellStatus.WITHIN_ROUNDING));
    assertThat(cells.count(CellStatus.NOT_IN_REBUILT)).isZero();
    assertThat(cells.count(CellStatus.NOT_READABLE)).isZero();
  }

  /** Figures read from the PDF's pages: the 支出总表 total and the 三公 row with its empty 合计. */
  @Test
  void theCanonicalTextKeepsThePrintedFigures() throws Exception {
    List<String> lines = PDF.lines();

    assertThat(lines).contains("合计\t512,434.34\t280,524.94\t231,909.40\t\t\t");
    // its “三公”经费合计 241.17 (the four items) first, then 会议费 and 培训费 after the items
    assertThat(lines).contains("241.17\t0.00\t100.37\t140.80\t36.00\t104.80\t37.97\t925.46");
  }
}
