package org.budgetledger.app.importer.families;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.budgetledger.app.importer.DisclosureImporter;
import org.budgetledger.app.importer.ImportReport;
import org.budgetledger.app.importer.ImportedDocuments;
import org.budgetledger.app.importer.document.DisclosureDocumentParser;
import org.budgetledger.app.importer.layout.LayoutProfiles;
import org.budgetledger.app.importer.pdfdocument.PdfDisclosureReader;
import org.budgetledger.app.importer.plan.ImportPlanner;
import org.budgetledger.app.importer.plan.ImportRejectedException;
import org.budgetledger.app.reconciliation.ReconciliationService;
import org.budgetledger.core.budget.api.ImportDisclosureCommand;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.core.model.IncomeEarmark;
import org.budgetledger.core.model.IncomeLeg;
import org.budgetledger.core.model.Origin;
import org.budgetledger.core.model.SpendingLeg;
import org.budgetledger.projections.reconciliation.CellComparisonResult;
import org.budgetledger.projections.reconciliation.CellStatus;
import org.budgetledger.projections.tables.TableKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * 西安市公安局 2026 (部门综合预算, 元). Its 财政拨款收支总表 (p.25) spends 3,377,412,071.47: this year's 一般公共预算
 * 3,246,385,029.74, all in 一般公共预算支出明细表 (p.26), and a 上年结转结余 of 131,027,041.73 printed by no fund,
 * which its 收入总表 (p.23) prints as one 上年结转 column. That carry-over is fiscal money of no printed
 * type, known by 类 only: 公共安全支出 2,843,890,869.64 less the table's 2,717,153,227.91, 教育支出
 * 8,659,215.00 less 8,059,215.00 and all of 资源勘探工业信息等支出 3,689,400.00. Its 收支总表 (p.22) spends
 * 67,064,907.71 more on 公共安全支出: 其他收入 34,440,000.00 and 上年实户资金余额 32,624,907.71.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:xian2026;DB_CLOSE_DELAY=-1",
      "ledger.seeds.import-on-start=false"
    })
class Xian2026PdfImportTest {
  private static final Path DIR = Path.of("src/test/resources/corpus/pdf");
  private static final String FILE = "xian-2026-838aeef9.pdf";

  @Autowired DisclosureImporter importer;
  @Autowired ReconciliationService reconciliation;
  @Autowired ImportedDocuments documents;

  @Test
  void importsWithItsCarryOverOfNoPrintedFundType() throws IOException {
    ImportReport imported =
        importer.importBytes(FILE, Files.readAllBytes(DIR.resolve(FILE)), Actor.of("tester"));

    assertThat(imported.problems()).isEmpty();
    assertThat(imported.status()).isEqualTo(ImportReport.Status.IMPORTED);
    // 本年收入合计 3,280,825,029.74 (p.22) is its sources; 其中：专项资金 30,890,000.00 is a part of one
    // of them, not a source to add again
    assertThat(imported.reconciliationFailures()).isEmpty();
    assertThat(imported.notes())
        .anySatisfy(
            n ->
                assertThat(n)
                    .startsWith("上年结转财政拨款（资金性质未列示） 131,027,041.73 元")
                    .contains("CARRY_OVER_BY_CLASS"));
    // p.23: two codes each printed for two units, a finding of the document; no figure is merged
    assertThat(imported.notes())
        .anySatisfy(
            n ->
                assertThat(n)
                    .startsWith("第 23 页“")
                    .contains("单位编码 153002 印了 2 个单位（西安市公安局交通管理支队、西安市公安局交通警察支队）"))
        .anySatisfy(n -> assertThat(n).contains("单位编码 153011 印了 2 个单位（西安市公安局治安管理局、西安市公安局治安管理支队）"));
    CellComparisonResult cells =
        reconciliation.reconcileAsImported(BudgetId.parse(imported.budgetId())).get(0).comparison();
    // of 160 cells: 上年实户资金余额 32,624,907.71, 其中：财政拨款资金结转 131,027,041.73 (carryOver:fiscal) and the
    // headings 部门预算 3,280,825,029.74 | 一、部门预算 3,444,476,979.18 (p.22) and 一、财政拨款 3,377,412,071.47
    // (p.25), which print 本年收入合计 and 本年支出合计 a second time; the 三公 合计 57,232,550.00 (p.46) with
    // its 会议费 and 培训费; and its 政府性基金收支表's 合计 row, 3 cells (LabelledFigures, as XianFundTableTest);
    // 其中：专项资金列入部门预算的项目 30,890,000.00 (p.22, p.25), the legs its 收入总表 earmarks, and that column
    // of 收入总表's 合计 row (p.23), rebuilt from them (161 since 2026-12-06); the 10 类 rows of its
    // 政府性基金收支表 (p.32, 科学技术支出 … 其他支出), printed blank (不涉及, p.21) where the ledger holds no 政府性基金
    // money (since 2026-12-06 14:40 UTC); and 收入总表's 上年实户资金余额 (p.23, 合计 row), a source of the
    // vocabulary since 2026-12-06 (named unread before)
    // and since 2026-12-06 17:30 UTC 收入总表's 9 units' rows (p.23, 90 cells, 153002 and 153011 each
    // naming two units, keyed by codes derived from their names): 262; since 18:25 UTC the printed
    // 类
    // and 款 rows of its 一般公共预算支出表 (48 cells): 310
    // + its 一般公共预算基本支出明细表（按支出功能分类科目） (p.29, s11-fnbasic): 51 figures, every one EXACT
    // 532 with s11-gbecon: its 表8 (p.30-31) read with its codes and 类 rows and 表6's 专项业务经费支出
    // column (p.27-28) as the 项目支出 table by economic code
    // 680 with s12-xian: 表6 (p.27-28) also as the table of every kind by economic code, 政府|部门 pair
    // by
    // pair (合计, 人员经费, 公用经费 and its 类 rows: 144 cells), and the balance sheets' 基本支出 and 项目支出
    // printed beside their 类 (p.22, p.25: 4 cells; EconomicTablesPdfImportTest)
    // + 258 with s12-procure: its 政府采购 table by function, 全额, unit and item (p.44-49,
    // ProcurementByFunctionPdfTest)
    // + 20 with s13-xian: both balance sheets' heading, 本年支出合计 and 支出总计 printed again in their
    // two economic blocks (12) and the 4 部门经济分类 类 under 人员经费和公用经费支出 on each (8)
    assertThat(cells.count(CellStatus.EXACT)).isEqualTo(958);
    theBalanceSheetsBlocksCompareTheirTotalsAndTheBasicEconomicClasses(imported, cells);
    assertThat(cells.tallies())
        .filteredOn(t -> t.table() == TableKind.GENERAL_BUDGET_BASIC_FUNCTION)
        .singleElement()
        .satisfies(t -> assertThat(t.figures(CellStatus.EXACT)).isEqualTo(51));
    assertThat(
            ComparedCells.printed(
                    documents,
                    imported.budgetId(),
                    TableKind.GENERAL_BUDGET_BASIC_FUNCTION,
                    "2040201",
                    "personnel")
                .amount())
        .isEqualTo(Fen.parseYuan("1588087233.22"));
    assertThat(
            ComparedCells.printed(
                    documents,
                    imported.budgetId(),
                    TableKind.INCOME_SUMMARY,
                    "total",
                    "REAL_ACCOUNT_BALANCE")
                .amount())
        .isEqualTo(Fen.parseYuan("32624907.71"));
    assertThat(
            ComparedCells.status(cells, TableKind.INCOME_SUMMARY, "total", "REAL_ACCOUNT_BALANCE"))
        .isEqualTo(CellStatus.EXACT);
    // its 支出总表 (p.24) prints the column too, beside the other sources: a known word now, so not
    // named; that table is compared in its 合计 only (README, Limitations)
    assertThat(imported.notes()).noneMatch(n -> n.contains("上年实户资金余额”：表头词不是本版式的栏目"));
    assertThat(cells.count(CellStatus.WITHIN_ROUNDING)).isZero();
    assertThat(cells.count(CellStatus.MISMATCH)).isZero();
    assertThat(cells.count(CellStatus.NOT_IN_REBUILT)).isZero();
    assertThat(cells.count(CellStatus.NOT_READABLE)).isZero();
  }

  /**
   * p.22 and p.25: the spending side is printed in three blocks side by side (by 类, by 部门经济分类, by
   * 政府经济分类), each with its heading, 本年支出合计 and 支出总计 on the row the 类 block prints them: each repeat
   * compared with the total it repeats. Under 1、人员经费和公用经费支出 2,291,949,163.84, which 表8's 合计 (p.30)
   * holds whole, the 部门经济分类 类 are determined by the ledger's lines: (1)工资福利支出 2,024,615,340.85 …;
   * under 2、专项业务经费支出 (1,152,527,815.34 on p.22, 表6 prints 954,435,865.90 of it) they are not.
   */
  private void theBalanceSheetsBlocksCompareTheirTotalsAndTheBasicEconomicClasses(
      ImportReport imported, CellComparisonResult cells) {
    for (TableKind sheet :
        List.of(TableKind.INCOME_EXPENDITURE_SUMMARY, TableKind.FISCAL_APPROPRIATION_SUMMARY)) {
      Fen total =
          Fen.parseYuan(
              sheet == TableKind.INCOME_EXPENDITURE_SUMMARY ? "3444476979.18" : "3377412071.47");
      for (String row :
          List.of(
              "heading:spending@2",
              "heading:spending@3",
              "totals:currentYear@2",
              "totals:currentYear@3",
              "totals:grand@2",
              "totals:grand@3")) {
        ComparedCells.assertAgrees(
            documents, imported.budgetId(), cells, sheet, row, "spending", total, false);
      }
      ComparedCells.assertAgrees(
          documents,
          imported.budgetId(),
          cells,
          sheet,
          "spendingUse:basic:301",
          "spending",
          Fen.parseYuan("2024615340.85"),
          false);
      ComparedCells.assertAgrees(
          documents,
          imported.budgetId(),
          cells,
          sheet,
          "spendingUse:basic:303",
          "spending",
          Fen.parseYuan("25256539.20"),
          false);
      ComparedCells.assertAgrees(
          documents,
          imported.budgetId(),
          cells,
          sheet,
          "spendingUse:basic:310",
          "spending",
          Fen.parseYuan("750000.00"),
          false);
      assertThat(
              documents
                  .of(BudgetId.parse(imported.budgetId()))
                  .get(0)
                  .publishedTables()
                  .cell(sheet, "spendingUse:project:302", "spending"))
          .isEmpty();
    }
  }

  /** A 类 under a use printed otherwise than the ledger's lines hold it is a finding. */
  @Test
  void aBasicEconomicClassPrintedOtherwiseIsAFinding() throws Exception {
    String text =
        new PdfDisclosureReader(LayoutProfiles.builtIn())
            .read(FILE, Files.readAllBytes(DIR.resolve(FILE)))
            .text();
    String changed =
        text.replaceFirst(
            "基本支出\\|302-商品和服务支出\t241,327,283\\.79", "基本支出|302-商品和服务支出\t241,327,284.79");
    assertThat(changed).isNotEqualTo(text);
    // another department's budget, so that it does not meet the PDF's own import in this database
    changed = changed.replace("部门名称：西安市公安局（汇总）", "部门名称：西安市公安局（汇总，改）");

    ImportReport imported =
        importer.importText("xian-2026-changed.txt", changed, Actor.of("tester"));
    assertThat(imported.status())
        .as("%s", imported.problems())
        .isEqualTo(ImportReport.Status.IMPORTED);
    CellComparisonResult cells =
        reconciliation.reconcileAsImported(BudgetId.parse(imported.budgetId())).get(0).comparison();

    assertThat(
            ComparedCells.status(
                cells, TableKind.INCOME_EXPENDITURE_SUMMARY, "spendingUse:basic:302", "spending"))
        .isEqualTo(CellStatus.MISMATCH);
    assertThat(
            ComparedCells.status(
                cells, TableKind.FISCAL_APPROPRIATION_SUMMARY, "spendingUse:basic:302", "spending"))
        .isEqualTo(CellStatus.EXACT);
  }

  /**
   * p.23: 收入总表 prints 其中：专项资金列入部门预算项目 beside the 一般公共预算拨款 小计, 30,890,000.00 in its 合计 row (153001
   * 23,690,000.00, 153002 交通管理支队 6,000,000.00, 153006 1,200,000.00): the department's 一般公共预算 leg
   * splits into that earmarked part and the rest, the source's total unchanged, and both are
   * recorded on the units as their rows print them (153002 is printed for two units: that one is
   * keyed by a code derived from its name).
   */
  @Test
  void theSpecialFundsAreAnEarmarkedPartOfTheGeneralBudget() throws Exception {
    ImportDisclosureCommand command = plan();
    List<IncomeLeg> earmarked =
        command.incomeLegs().stream().filter(l -> l.earmark() != null).toList();

    assertThat(earmarked)
        .extracting(l -> l.key().unit().value().replaceAll("^X.*", "derived"), IncomeLeg::amount)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("153001", Fen.parseYuan("23690000.00")),
            org.assertj.core.groups.Tuple.tuple("derived", Fen.parseYuan("6000000.00")),
            org.assertj.core.groups.Tuple.tuple("153006", Fen.parseYuan("1200000.00")));
    for (IncomeLeg special : earmarked) {
      assertThat(special.earmark()).isEqualTo(IncomeEarmark.SPECIAL_FUNDS);
      assertThat(special.key().fundSource()).isEqualTo(FundSource.GENERAL_BUDGET);
      assertThat(special.key().origin()).isEqualTo(Origin.CURRENT_YEAR);
      assertThat(special.derivation().rule()).isEqualTo("EARMARKED_AS_PRINTED");
    }
    assertThat(earmarked.get(0).derivation().explanation()).contains("23,690,000.00");
    // the rest of the department's 一般公共预算 is each unit's row less its earmarked part: 153001
    // 1,019,540,273.93 - 23,690,000.00
    assertThat(command.incomeLegs())
        .filteredOn(
            l ->
                l.key().fundSource() == FundSource.GENERAL_BUDGET
                    && l.key().origin() == Origin.CURRENT_YEAR
                    && l.key().unit().value().equals("153001")
                    && l.earmark() == null)
        .extracting(IncomeLeg::amount)
        .containsExactly(Fen.parseYuan("995850273.93"));
  }

  /** An earmark larger than the 一般公共预算 it is part of is refused with its place, not trimmed. */
  @Test
  void anEarmarkLargerThanItsSourceIsRefusedWithItsPlace() throws Exception {
    String text =
        new PdfDisclosureReader(LayoutProfiles.builtIn())
            .read(FILE, Files.readAllBytes(DIR.resolve(FILE)))
            .text();
    // 收入总表's 合计 row: the earmark, then 上年实户资金余额 (printed after it since 2026-12-06)
    String changed =
        text.replace("\t30,890,000.00\t32,624,907.71\n", "\t9,930,890,000.00\t32,624,907.71\n");
    assertThat(changed).isNotEqualTo(text);

    assertThatThrownBy(
            () ->
                new ImportPlanner()
                    .plan(
                        new DisclosureDocumentParser().parse(FILE, changed), Actor.of("importer")))
        .isInstanceOfSatisfying(
            ImportRejectedException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .satisfies(
                        p -> {
                          assertThat(p.kind()).isEqualTo("earmark-exceeds-source");
                          assertThat(p.field()).isEqualTo("收入总表/本年收入/一般公共预算资金/其中：专项资金列入部门预算的项目");
                          assertThat(p.lineNo()).isPositive();
                          // the whole it exceeds, in the document's own unit (元)
                          assertThat(p.detail())
                              .contains("9,930,890,000.00")
                              .contains("3,246,385,029.74 元");
                        }));
  }

  @Test
  void theCarryOverPaysEach类ItsTablesLeaveOutOnALineOfThe类() throws Exception {
    ImportDisclosureCommand command = plan();
    List<SpendingLeg> legs = command.spendingLegs();
    Predicate<SpendingLeg> carried = l -> l.key().fundSource() == FundSource.FISCAL_CARRY_OVER;

    assertThat(sum(legs, carried.and(function("204")))).isEqualTo(Fen.parseYuan("126737641.73"));
    assertThat(sum(legs, carried.and(function("205")))).isEqualTo(Fen.parseYuan("600000.00"));
    assertThat(sum(legs, carried.and(function("215")))).isEqualTo(Fen.parseYuan("3689400.00"));
    assertThat(legs)
        .filteredOn(carried)
        .allSatisfy(l -> assertThat(l.key().function().value()).hasSize(3))
        .allSatisfy(l -> assertThat(l.derivation().rule()).isEqualTo("CARRY_OVER_BY_CLASS"))
        .allSatisfy(
            l -> assertThat(l.derivation().explanation()).contains("without its fund type"));
    assertThat(income(command, FundSource.FISCAL_CARRY_OVER, Origin.CARRY_OVER))
        .isEqualTo(Fen.parseYuan("131027041.73"));
  }

  @Test
  void itsRealAccountBalanceIsIncomeOfItsOwnThatPaysWithOtherIncome() throws Exception {
    ImportDisclosureCommand command = plan();
    List<SpendingLeg> legs = command.spendingLegs();

    assertThat(income(command, FundSource.REAL_ACCOUNT_BALANCE, Origin.CURRENT_YEAR))
        .isEqualTo(Fen.parseYuan("32624907.71"));
    assertThat(income(command, FundSource.OTHER_INCOME, Origin.CURRENT_YEAR))
        .isEqualTo(Fen.parseYuan("34440000.00"));
    // which of the two pays which line no table says: non-fiscal money on the 类 line of 公共安全支出
    assertThat(sum(legs, l -> l.key().fundSource() == FundSource.NON_FISCAL))
        .isEqualTo(Fen.parseYuan("67064907.71"));
    assertThat(legs)
        .filteredOn(l -> !l.key().fundSource().isFiscalAppropriation())
        .allSatisfy(l -> assertThat(l.key().function().value()).isEqualTo("204"));
  }

  private static ImportDisclosureCommand plan() throws Exception {
    String text =
        new PdfDisclosureReader(LayoutProfiles.builtIn())
            .read(FILE, Files.readAllBytes(DIR.resolve(FILE)))
            .text();
    return new ImportPlanner()
        .plan(new DisclosureDocumentParser().parse(FILE, text), Actor.of("importer"))
        .command();
  }

  private static Predicate<SpendingLeg> function(String prefix) {
    return l -> l.key().function().value().startsWith(prefix);
  }

  private static Fen sum(List<SpendingLeg> legs, Predicate<SpendingLeg> which) {
    return legs.stream().filter(which).map(SpendingLeg::amount).reduce(Fen.ZERO, Fen::plus);
  }

  private static Fen income(ImportDisclosureCommand command, FundSource fund, Origin origin) {
    return command.incomeLegs().stream()
        .filter(l -> l.key().fundSource() == fund && l.key().origin() == origin)
        .map(IncomeLeg::amount)
        .reduce(Fen.ZERO, Fen::plus);
  }
}
