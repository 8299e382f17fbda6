package org.budgetledger.app.importer.families;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.budgetledger.app.importer.DisclosureImporter;
import org.budgetledger.app.importer.ImportReport;
import org.budgetledger.app.importer.ImportedDocuments;
import org.budgetledger.app.reconciliation.ReconciliationService;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.reconciliation.CellComparisonResult;
import org.budgetledger.projections.reconciliation.CellStatus;
import org.budgetledger.projections.reconciliation.ReconciliationReport;
import org.budgetledger.projections.reconciliation.RuleFigure;
import org.budgetledger.projections.reconciliation.RuleStatus;
import org.budgetledger.projections.tables.TableCell;
import org.budgetledger.projections.tables.TableKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * 烟台 2026 (Yantai family): its 一般公共预算基本支出情况表 (公开表6, pages 18-20) prints each row under both
 * classifications, 部门 then 政府经济分类, so a 部门 code comes twice (30101 基本工资 under 50101 工资奖金津补贴 236.54,
 * then under 50501 工资福利支出 44,135.16): the two blocks are the 政府 code, read as the canonical table's
 * 政府支出经济分类 column. 30305 生活补助 (332.56 = 292.52 人员经费 + 40.04 公用经费) and 30309 奖励金 (12.21 = 6.45 +
 * 5.76) are printed over both columns and imported as printed. The 支出总表 by function (公开表3) is
 * compared at its own grain with the lines spread over those codes.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:yantai;DB_CLOSE_DELAY=-1",
      "ledger.seeds.import-on-start=false"
    })
class YantaiPdfImportTest {
  static final Path PDF = Path.of("src/test/resources/corpus/pdf/yantai-2026-8bfe1f02.pdf");

  @Autowired DisclosureImporter importer;
  @Autowired ReconciliationService reconciliation;
  @Autowired ImportedDocuments documents;

  @Test
  void importsItsBasicTableByBothEconomicCodesAsPrinted() throws IOException {
    ImportReport imported =
        importer.importBytes(
            PDF.getFileName().toString(), Files.readAllBytes(PDF), Actor.of("tester"));

    assertThat(imported.problems()).isEmpty();
    assertThat(imported.status()).isEqualTo(ImportReport.Status.IMPORTED);

    ReconciliationReport report =
        reconciliation.reconcileAsImported(BudgetId.parse(imported.budgetId())).get(0);
    CellComparisonResult cells = report.comparison();
    // 350 since 2026-12-06: 收入总体情况表 (p.10, 合计 row) 事业收入（不含教育收费） 4,828.50, Shandong's 事业收入
    // (教育收费 sits in 财政专户管理资金), the figure 收支总体情况表 (p.9) prints as 三、事业收入（不含教育收费）; and
    // its 财政拨款收入/小计 233,644.90, the 财政拨款 subtotal (231,286.22 + 2,358.68)
    // 662 since 2026-12-06: the 31 rows by 功能科目 of 收入总体情况表 (p.10-11), each source the ledger holds
    // at that grain (财政拨款, 一般公共预算, 政府性基金, the 合计, a row's only non-fiscal source; not those of
    // the 8 rows paid by several, recorded as 非财政拨款资金)
    // + 6 EXACT and 30 within rounding: 一般公共预算支出表's printed 类 and 款 rows (s10-classrows)
    // + 15 EXACT and 24 within rounding: 支出总表's printed 类 and 款 rows (p.12, s10-classrows2)
    // + 3 EXACT and 3 within rounding: 项目支出预算情况表's 合计 row (p.27), YantaiProjectTableTest;
    // + 13 and 15: 基本支出 小计 columns read (s11-fnbasic); + 4 and 11: the 类 rows of 基本支出表 by both
    // economic codes (s11-gbecon, keyed under both since c251661)
    // + 12 EXACT: 政府性基金预算支出情况表's printed 类 and 款 rows (p.22, 212 / 21208 2,238.68, 229 / 22960
    // 120.00; s12-smalls, FundClassRowsPdfTest)
    // + 7 and 46: 基本支出预算情况表's 财政拨款/小计 column (p.24-26, s12-basicecon), the 财政拨款 基本支出表 by
    // both economic codes, as within rounding as 公开表6's same figures (FiscalBasicEconomicPdfTest)
    // + 1,736 EXACT: 项目支出预算情况表's 218 projects from their allocations (s12-projects)
    // + 62 EXACT and 3 within rounding: its 政府采购预算表 by 类, 款 and 项 (p.38, s12-procure,
    // ProcurementByFunctionPdfTest)
    // + 14 EXACT and 93 within rounding (s13-hzyt): 基本支出预算情况表's 一般公共预算 and 合计 columns (p.24-26,
    // FiscalBasicEconomicPdfTest) and 收支总体情况表's 一、财政拨款收入 233,644.90 (p.9,
    // FiscalIncomeSubtotalPdfTest)
    assertThat(cells.count(CellStatus.EXACT)).isEqualTo(2271);
    assertThat(cells.count(CellStatus.WITHIN_ROUNDING)).isEqualTo(488);
    TableCell business =
        ComparedCells.printed(
            documents, imported.budgetId(), TableKind.INCOME_SUMMARY, "total", "BUSINESS_INCOME");
    assertThat(business.amount()).isEqualTo(Fen.parseWan("4828.50"));
    assertThat(ComparedCells.status(cells, TableKind.INCOME_SUMMARY, "total", "BUSINESS_INCOME"))
        .isEqualTo(CellStatus.EXACT);
    assertThat(
            ComparedCells.printed(
                    documents, imported.budgetId(), TableKind.INCOME_SUMMARY, "total", "fiscal")
                .amount())
        .isEqualTo(Fen.parseWan("233644.90"));
    // the ledger's 231,286.220353 + 2,358.68 (its 一般公共预算 line solved within rounding;
    // 231,286.219560 before the rows by 功能科目 were margins)
    assertThat(cells.findings(CellStatus.WITHIN_ROUNDING))
        .filteredOn(
            f ->
                f.table() == TableKind.INCOME_SUMMARY
                    && f.columnKey().equals("fiscal")
                    && f.rowKey().equals("total"))
        .singleElement()
        .satisfies(f -> assertThat(f.rebuilt()).isEqualTo(Fen.parseWan("233644.900353")));
    assertThat(imported.notes()).noneMatch(n -> n.contains("表头词不是本版式的栏目"));
    assertThat(cells.count(CellStatus.NOT_IN_REBUILT)).isZero();
    assertThat(cells.count(CellStatus.NOT_IN_PUBLISHED)).isZero();
    // every 基本支出表 cell comes back: 30101 under 50101 and under 50501 are two rows, 30305 in both
    // columns
    assertThat(
            cells.findings().stream()
                .filter(f -> f.table() == TableKind.GENERAL_BUDGET_BASIC)
                .filter(f -> f.status() != CellStatus.WITHIN_ROUNDING))
        .isEmpty();
    assertThat(cells.findings(CellStatus.WITHIN_ROUNDING))
        .filteredOn(f -> f.table() == TableKind.GENERAL_BUDGET_BASIC)
        .anySatisfy(
            f -> {
              assertThat(f.rowKey()).isEqualTo("50501|30101");
              assertThat(f.published()).isEqualTo(Fen.parseWan("44135.16"));
            });
    // 30305 生活补助 under 50901, page 20: 40.04 公用经费, 292.52 人员经费 and the 合计 332.56 within
    // rounding (40.04 was exact before the lines were held to the printed income): the line takes
    // both columns it is printed in
    assertThat(cells.findings())
        // (公开表10 prints it again, its 财政拨款/小计 332.56 in 预算19表: FiscalBasicEconomicPdfTest)
        .filteredOn(
            f -> f.table() == TableKind.GENERAL_BUDGET_BASIC && f.rowKey().equals("50901|30305"))
        .allSatisfy(f -> assertThat(f.status()).isEqualTo(CellStatus.WITHIN_ROUNDING))
        .extracting(f -> f.columnKey() + " " + f.published().toWan(2))
        .containsExactlyInAnyOrder("total 332.56", "personnel 292.52", "public 40.04");

    // 收支总表 (p.9) prints 上级补助收入 205.89 below 本年收入合计 315,235.83 and above 收入总计 315,441.72:
    // not part of the subtotal, in the rebuilt table either; the rules read it so on both sides
    assertThat(cells.findings(CellStatus.MISMATCH)).isEmpty();
    assertThat(report.rebuiltRules())
        .filteredOn(r -> r.statement().startsWith("收支总表 收入总计 = 本年收入合计"))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.status()).isEqualTo(RuleStatus.PASS);
              assertThat(r.rightFigures())
                  .extracting(RuleFigure::amount)
                  .contains(Fen.parseWan("205.89"));
            });
    // 公开表7 (page 21) prints 2025 and 2026: the 2026 columns are read (10.00, 公务接待费 3.50, 公务用车运行
    // 维护费 6.50 and its 小计); 基本支出表 holds 3.30 of 30217 公务接待费 (2.50 + 0.80) and no 30231: the
    // rest is paid from 项目支出 (THREE_PUBLIC_FROM_PROJECT), so the four cells come back (they were
    // MISMATCH, rebuilt 3.30, 3.30, 0.00, 0.00)
    assertThat(cells.findings())
        .filteredOn(f -> f.table() == TableKind.THREE_PUBLIC_EXPENSES)
        .allSatisfy(f -> assertThat(f.status()).isEqualTo(CellStatus.WITHIN_ROUNDING));
    // 收支总表's 使用非财政拨款结余 names no fund source, but its cell is empty: a blank is zero (BlankCellTest)
    // and says nothing; 对附属单位的补助支出 and 上缴上级支出 are read as spending by use (empty, as the
    // ledger has none)
    assertThat(cells.findings(CellStatus.NOT_READABLE)).isEmpty();
  }
}
