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
import org.budgetledger.projections.reconciliation.TableSet;
import org.budgetledger.projections.reconciliation.TableTally;
import org.budgetledger.projections.tables.TableKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * 长沙市公安局 2025 (Changsha family): its 部门收支总体情况表 lists income by the family's own words (本级财政拨款收入,
 * 财政专户管理事业收入, 其它收入 …) and spending by use (一、基本支出, 二、项目支出 …), not by 类; its 财政拨款收支总体情况表 numbers the
 * 类 in digits (1、一般公共服务支出) and goes on over pages 16 and 17. Both map onto the canonical balance
 * sheets and come back cell for cell. Its 基本支出表 prints a 合计 only, so no basic line has an economic
 * code: the six 三公 figures (458.50 万元) are paid from 项目支出 (THREE_PUBLIC_FROM_PROJECT) and come
 * back; the project lines they split are then solved within rounding, one fen off the printed
 * figures on 15 cells that were EXACT (the balance sheets' totals among them).
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:changshapdf;DB_CLOSE_DELAY=-1",
      "ledger.seeds.import-on-start=false"
    })
class ChangshaPdfImportTest {
  static final Path PDF = Path.of("src/test/resources/corpus/pdf/changsha-2025-e293995d.pdf");

  @Autowired DisclosureImporter importer;
  @Autowired ReconciliationService reconciliation;
  @Autowired ImportedDocuments documents;

  @Test
  void itsBalanceSheetsAreReadAsTheFamilyPrintsThemAndComeBackExact() throws IOException {
    ImportReport imported = importThePdf();
    assertThat(imported.problems()).isEmpty();
    assertThat(imported.status())
        .isIn(ImportReport.Status.IMPORTED, ImportReport.Status.ALREADY_IMPORTED);
    BudgetId budget = BudgetId.parse(imported.budgetId());

    CellComparisonResult cells = reconciliation.reconcileAsImported(budget).get(0).comparison();
    // 121 EXACT and 6 MISMATCH (the 三公 table against 0) before its items were paid from 项目支出
    // 22 WITHIN_ROUNDING since 2026-12-06: 收入总体情况表's 本级财政拨款/金额 (p.14, 合计 row), the 财政拨款
    // subtotal, compared with this year's fiscal income (one fen off, as the balance sheets'
    // totals)
    // 180 EXACT and 28 WITHIN_ROUNDING since 2026-12-06: 收入总体情况表's 10 rows by 功能科目 (p.14, 类/款/项
    // × 合计, 本级财政拨款 and the sources), rebuilt from spending by function and source
    // + 8 EXACT and 4 within rounding: 一般公共预算支出表's printed 类 and 款 rows (s10-classrows)
    // + 支出总表's printed 类 and 款 rows (s10-classrows2)
    // 331 / 0 since its 基本支出表 (p.19-20) is read with its codes and 类 rows (经济科目编码, s11-gbecon):
    // 208 / 36 before, when only its 合计 was read
    assertThat(cells.count(CellStatus.EXACT)).isEqualTo(331);
    assertThat(cells.count(CellStatus.WITHIN_ROUNDING)).isEqualTo(0);
    assertThat(cells.findings())
        .filteredOn(
            f ->
                f.table() == TableKind.INCOME_SUMMARY
                    && f.columnKey().equals("fiscal")
                    && f.rowKey().equals("total"))
        // EXACT since s11-gbecon: the 基本支出表's codes fix the lines, so it is no finding
        .isEmpty();
    // its 其中:经费拨款 (50,370.61) is a part of the fiscal subtotal, not of one source: not read, named
    assertThat(imported.notes())
        .contains("第 14 页“2025年部门收入总体情况表”第 7 列“本级财政拨款/其中:经费拨款”：表头词不是本版式的栏目，其金额未读取");
    assertThat(cells.count(CellStatus.MISMATCH)).isZero();
    assertThat(cells.count(CellStatus.NOT_READABLE)).isZero();
    assertThat(cells.count(CellStatus.NOT_IN_REBUILT)).isZero();
    // the two balance sheets: every published cell, empty ones included, comes back (the totals
    // over the split project lines were within rounding, 68,632.12 against 68,632.119999)
    // 18 since s11-gbecon: the 基本支出表's codes fix the lines, and 6 totals come back exact
    assertThat(tally(cells, TableKind.INCOME_EXPENDITURE_SUMMARY).count(CellStatus.EXACT))
        .isEqualTo(18);
    assertThat(tally(cells, TableKind.FISCAL_APPROPRIATION_SUMMARY).count(CellStatus.EXACT))
        .isEqualTo(30);
    assertThat(cells.findings())
        .filteredOn(
            f ->
                f.table() == TableKind.INCOME_EXPENDITURE_SUMMARY
                    || f.table() == TableKind.FISCAL_APPROPRIATION_SUMMARY)
        // none since s11-gbecon (12 within rounding by 1 fen before): every cell EXACT
        .isEmpty();
    // the 三公 table (page 21), 458.50 万元 in all, paid from 项目支出: every cell EXACT
    assertThat(cells.findings()).noneMatch(f -> f.table() == TableKind.THREE_PUBLIC_EXPENSES);
    assertThat(tally(cells, TableKind.THREE_PUBLIC_EXPENSES).count(CellStatus.EXACT)).isEqualTo(6);
  }

  @Test
  void theFiguresAreThoseOfPages13And16And17() throws IOException {
    ImportReport imported = importThePdf();
    TableSet published = documents.of(BudgetId.parse(imported.budgetId())).get(0).publishedTables();
    TableKind sheet = TableKind.INCOME_EXPENDITURE_SUMMARY;
    // page 13: 本级财政拨款收入 68,632.12 (the fiscal sources are not printed under it)
    assertThat(published.amount(sheet, "income:fiscal", "income"))
        .isEqualTo(Fen.parseWan("68632.12"));
    assertThat(published.amount(sheet, "spendingUse:basic", "spending"))
        .isEqualTo(Fen.parseWan("28398.17"));
    assertThat(published.amount(sheet, "spendingUse:project", "spending"))
        .isEqualTo(Fen.parseWan("40233.95"));
    // 二、财政专户管理事业收入 and 三、事业单位经营支出 print empty cells: read as zero, not as absent
    assertThat(published.cell(sheet, "income:FISCAL_SPECIAL_ACCOUNT", "income"))
        .hasValueSatisfying(c -> assertThat(c.amount().isZero()).isTrue());
    assertThat(published.cell(sheet, "spendingUse:operating", "spending"))
        .hasValueSatisfying(c -> assertThat(c.amount().isZero()).isTrue());
    TableKind fiscal = TableKind.FISCAL_APPROPRIATION_SUMMARY;
    // page 16: 3、公共安全支出 68,629.12 and 1、一般公共服务支出 3.00, 类 numbered in digits
    assertThat(published.amount(fiscal, "spending:204", "spending"))
        .isEqualTo(Fen.parseWan("68629.12"));
    assertThat(published.amount(fiscal, "spending:201", "spending"))
        .isEqualTo(Fen.parseWan("3.00"));
    assertThat(published.amount(fiscal, "income:GENERAL_BUDGET", "income"))
        .isEqualTo(Fen.parseWan("68632.12"));
    // page 17, the table continued: 22、其他支出 (empty) and 支出总计 68,632.12
    assertThat(published.cell(fiscal, "spending:229", "spending"))
        .hasValueSatisfying(c -> assertThat(c.amount().isZero()).isTrue());
    assertThat(published.amount(fiscal, "totals:grand", "spending"))
        .isEqualTo(Fen.parseWan("68632.12"));
  }

  private ImportReport importThePdf() throws IOException {
    return importer.importBytes(
        PDF.getFileName().toString(), Files.readAllBytes(PDF), Actor.of("tester"));
  }

  private static TableTally tally(CellComparisonResult cells, TableKind kind) {
    return cells.tallies().stream().filter(t -> t.table() == kind).findFirst().orElseThrow();
  }
}
