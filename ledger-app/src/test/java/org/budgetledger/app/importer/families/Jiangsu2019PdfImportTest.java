package org.budgetledger.app.importer.families;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.util.List;
import org.budgetledger.app.importer.DisclosureImporter;
import org.budgetledger.app.importer.ImportReport;
import org.budgetledger.app.importer.document.DisclosureDocumentParser;
import org.budgetledger.app.importer.plan.ImportPlanner;
import org.budgetledger.app.reconciliation.ImportReconciliation;
import org.budgetledger.app.reconciliation.ReconciliationService;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.ExpenditureKind;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.SpendingLeg;
import org.budgetledger.projections.reconciliation.CellComparisonResult;
import org.budgetledger.projections.reconciliation.CellStatus;
import org.budgetledger.projections.tables.TableKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * 江苏省人民检察院 2019 (Jiangsu family, 万元 with 2 decimals): its 支出预算总表 (p.15) is one unlabelled row by
 * use, 合计 24,169.74 = 基本支出 15,844.04 + 项目支出 4,335.30 + 单位预留机动经费 3,990.40, with no function row. The
 * lines come from 一般公共预算支出预算表 (p.18, ten 项 by total only), that row and 财政拨款收支预算总表's uses (p.16)
 * are their margins, and the reserve is a kind of its own (decision of 2026-12-06).
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:jiangsu2019;DB_CLOSE_DELAY=-1",
      "ledger.seeds.import-on-start=false"
    })
class Jiangsu2019PdfImportTest {
  static final FamilyPdf PDF = FamilyPdf.of("jiangsu-2019-d64c3b59.pdf");

  @Autowired DisclosureImporter importer;
  @Autowired ReconciliationService reconciliation;
  @Autowired ImportReconciliation importReconciliation;

  @Test
  void importsWithItsReserveAsAKindOfItsOwn() throws IOException {
    ImportReport imported = PDF.importInto(importer);

    assertThat(imported.problems()).isEmpty();
    assertThat(imported.status()).isEqualTo(ImportReport.Status.IMPORTED);

    CellComparisonResult cells = FamilyPdf.reconciled(reconciliation, imported).comparison();
    // 48 / 46 before its 政府采购支出预算表 (p.22–24) was read row by row (its 41 cells, all EXACT) and
    // 公开05表 财政拨款支出预算表（功能科目） (p.16, s11-fnbasic) compared in all 17 figures
    // + 公开06表 财政拨款基本支出预算表（经济科目） (p.17, s12-basicecon): its 31 figures, 11 EXACT and 20 within
    // rounding as 公开08表's same figures (the basic lines are spread over the codes,
    // SPLIT_ACROSS_CODES)
    assertThat(cells.count(CellStatus.EXACT)).isEqualTo(106);
    // 81 since s13-hzyt: its p.14 收支总表 prints 一、财政拨款 24,169.74 above its sources, now compared
    assertThat(cells.count(CellStatus.WITHIN_ROUNDING)).isEqualTo(81);
    // p.20: 因公出国 80 and 公务接待 101.26 are partly 项目支出 money (基本支出表 p.19 has 30217 公务接待费
    // 33.26, no 30212): the rest is paid from the lines by function (THREE_PUBLIC_FROM_PROJECT).
    // Its
    // 合计 1,276.7 adds the 会议费 158.44 and 培训费 700 columns beside the 三公 小计 418.26: all four
    // come back (会议费 and 培训费 EXACT, the 合计 and 小计 within their rounding)
    assertThat(cells.count(CellStatus.MISMATCH)).isZero();
    assertThat(cells.findings(CellStatus.WITHIN_ROUNDING))
        .filteredOn(f -> f.table() == TableKind.THREE_PUBLIC_EXPENSES)
        .extracting(f -> f.columnKey(), f -> f.published())
        .contains(
            tuple("total", Fen.parseWan("1276.70")), tuple("threePublic", Fen.parseWan("418.26")));
    // p.14: 其他资金 names no one fund source and 资源勘探信息等支出 is the class's 2018 name, but both
    // cells are empty: a blank is zero and says nothing (BlankCellTest), so neither is unreadable
    assertThat(cells.findings(CellStatus.NOT_READABLE)).isEmpty();
    assertThat(cells.count(CellStatus.NOT_IN_REBUILT)).isZero();

    // The import report names no failure: the 三公 合计 and its published rule (1,276.70 against its
    // four items 418.26) agree since the 会议费 and 培训费 columns are read. The rebuilt 支出总表's rows
    // hold their reserve (合计 12,268.62 of 2040401 was 基本 + 项目 10,243.08 without it, a FAIL on
    // every row), and a published rule whose side the document leaves empty (its 支出总表 prints no
    // function row, its 收支总表 no 类) is counted apart as undecided, not as 44 inconsistencies.
    ImportReport reported = importReconciliation.withFindings(imported);
    assertThat(reported.reconciliationFailures()).isEmpty();
    assertThat(reported.notes()).anyMatch(n -> n.matches("公开表勾稽关系 \\d+ 条无法判定：.*"));
  }

  /** The reserve is its own kind, on the functions of 一般公共预算支出表 (p.18), never a 基本 or 项目 line. */
  @Test
  void keepsTheReserveApartFromBasicAndProjectSpending() throws Exception {
    List<SpendingLeg> legs = plannedSpendingLegs(PDF.text());

    assertThat(kind(legs, ExpenditureKind.RESERVE)).isEqualTo(Fen.parseWan("3990.40"));
    // 项目支出 4,335.30 is printed to 0.01 万元: the lines meet it within half of that
    assertThat(kind(legs, ExpenditureKind.PROJECT).value() - Fen.parseWan("4335.30").value())
        .isBetween(-5_000L, 5_000L);
    // 2040401 行政运行 12,268.62 (p.18) over its three kinds and its 三公 parts, within half of 0.01
    // 万元: the 三公 items it pays (因公出国 80 printed to 1 万元) are met within their rounding
    assertThat(
            legs.stream()
                    .filter(l -> l.key().function().toString().equals("2040401"))
                    .map(SpendingLeg::amount)
                    .reduce(Fen.ZERO, Fen::plus)
                    .value()
                - Fen.parseWan("12268.62").value())
        .isBetween(-5_000L, 5_000L);
  }

  /** Each leg says its row is one of the tables by function, 支出总表 printing none. */
  @Test
  void eachReserveLegSaysWhereItsRowComesFrom() throws Exception {
    List<SpendingLeg> legs = plannedSpendingLegs(PDF.text());

    assertThat(legs)
        .filteredOn(l -> l.key().kind() == ExpenditureKind.RESERVE)
        .isNotEmpty()
        .allSatisfy(
            l ->
                assertThat(l.derivation().explanation())
                    .contains("row by function (支出总表 prints none)", "(单位预留机动经费)"));
  }

  /**
   * p.20's 因公出国 80 and 公务接待 101.26 beyond 基本支出表's 30217 33.26 (p.19) are paid from the rows by
   * function, whose 基本/项目 split the tables leave open: the derivation says so.
   */
  @Test
  void paysTheThreePublicItemsBeyondTheBasicTableFromTheOpenRows() throws Exception {
    List<SpendingLeg> legs = plannedSpendingLegs(PDF.text());

    List<SpendingLeg> abroad = code(legs, "30212");
    assertThat(abroad)
        .isNotEmpty()
        .allSatisfy(
            l -> {
              assertThat(l.derivation().rule()).isEqualTo("THREE_PUBLIC_FROM_PROJECT");
              assertThat(l.derivation().explanation())
                  .contains("row by function (支出总表 prints none)", "基本/项目 split open");
            });
    // 80 is printed to 1 万元
    assertThat(sum(abroad).value() - Fen.parseWan("80").value()).isBetween(-50_000L, 50_000L);
    assertThat(sum(code(legs, "30217")).value() - Fen.parseWan("101.26").value())
        .isBetween(-5_000L, 5_000L);
  }

  private static List<SpendingLeg> code(List<SpendingLeg> legs, String dept) {
    return legs.stream()
        .filter(l -> l.key().deptEconomic() != null)
        .filter(l -> l.key().deptEconomic().value().equals(dept))
        .toList();
  }

  private static Fen sum(List<SpendingLeg> legs) {
    return legs.stream().map(SpendingLeg::amount).reduce(Fen.ZERO, Fen::plus);
  }

  private static Fen kind(List<SpendingLeg> legs, ExpenditureKind kind) {
    return legs.stream()
        .filter(l -> l.key().kind() == kind)
        .map(SpendingLeg::amount)
        .reduce(Fen.ZERO, Fen::plus);
  }

  /**
   * p.20 prints 会议费 158.44 and 培训费 700 beside the 三公 items, its 合计 1,276.7 over all of them; 基本支出表
   * p.19 holds 30215 会议费 158.44 and 30216 培训费 70.00, so 630 of 培训费 is paid from the rows by
   * function (THREE_PUBLIC_FROM_PROJECT), as the 三公 items beyond the basic lines are.
   */
  @Test
  void paysTrainingBeyondTheBasicTableFromTheOpenRows() throws Exception {
    String text = PDF.text();
    assertThat(text.lines()).contains("1276.7\t80\t101.26\t237\t\t237\t418.26\t158.44\t700");
    List<SpendingLeg> legs = plannedSpendingLegs(text);

    assertThat(sum(code(legs, "30215")).value() - Fen.parseWan("158.44").value())
        .isBetween(-5_000L, 5_000L);
    assertThat(sum(code(legs, "30216")).value() - Fen.parseWan("700").value())
        .isBetween(-5_000L, 5_000L);
    List<SpendingLeg> fromProjects =
        code(legs, "30216").stream()
            .filter(l -> l.derivation().rule().equals("THREE_PUBLIC_FROM_PROJECT"))
            .toList();
    assertThat(sum(fromProjects).value() - Fen.parseWan("630").value())
        .isBetween(-10_000L, 10_000L);
    assertThat(code(legs, "30215"))
        .noneMatch(l -> l.derivation().rule().equals("THREE_PUBLIC_FROM_PROJECT"));
  }

  /** Figures read from the PDF's pages: the 支出总表 row by use (p.15) as its 合计. */
  @Test
  void readsTheRowByUseAsTheExpenditureSummaryTotal() throws Exception {
    List<String> lines = PDF.lines();

    assertThat(lines).contains("合计\t24169.74\t15844.04\t4335.30\t（未列示）\t（未列示）\t（未列示）");
    assertThat(lines).contains("\t\t单位预留机动经费\t3990.4");
  }

  /** The spending legs the planner makes of the PDF as read, without importing them. */
  private static List<SpendingLeg> plannedSpendingLegs(String text) {
    return new ImportPlanner()
        .plan(new DisclosureDocumentParser().parse(PDF.file(), text), Actor.of("tester"))
        .command()
        .spendingLegs();
  }
}
