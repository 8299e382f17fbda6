package org.budgetledger.app.importer.pdfdocument;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.budgetledger.app.importer.layout.LayoutProfiles;
import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.checks.CheckStatus;
import org.budgetledger.projections.checks.Finding;
import org.budgetledger.projections.checks.PrintedChange;
import org.budgetledger.projections.checks.PriorYearChecks;
import org.junit.jupiter.api.Test;

/**
 * Last year's figures and the changes printed beside this year's, read from the corpus pages and
 * checked against the table itself: Shenzhen 63d734e6's 表9 by row (p.252-258), central-mof's 表5
 * (p.10-11) and Xi'an 2026's 表13 (p.50) by column, Yantai's 三公 table (p.21) with no change.
 */
class PriorYearFiguresTest {
  private final PdfDisclosureReader reader = new PdfDisclosureReader(LayoutProfiles.builtIn());

  private static List<PriorYearFigures> read(String file) {
    return PriorYearFigures.in(CorpusPdfs.read(file).tables().tables());
  }

  private List<String> remarks(String file) throws Exception {
    return reader.read(file, Files.readAllBytes(CorpusPdfs.DIR.resolve(file))).remarks();
  }

  private static long count(List<Finding> findings, String rule, CheckStatus status) {
    return findings.stream().filter(f -> f.rule().equals(rule) && f.status() == status).count();
  }

  /** p.252: 深圳市人力资源和社会保障局 2025年 179.23, 2026年 299.23, 增减变化金额 120.00 under 总计/一般公共预算. */
  @Test
  void shenzhenUnitRowsGiveOneTriplePerColumnOfEachUnit() {
    PriorYearFigures table = read("shenzhen-2026-63d734e6.pdf").get(0);
    PrintedChange first = table.changes().get(0);

    assertThat(table.changes()).hasSize(22 * 18);
    assertThat(table.earlierFigures()).isEqualTo(22 * 18);
    assertThat(first.earlier().amount()).isEqualTo(Fen.parseWan("179.23"));
    assertThat(first.later().amount()).isEqualTo(Fen.parseWan("299.23"));
    assertThat(first.change().amount()).isEqualTo(Fen.parseWan("120.00"));
    assertThat(first.change().label()).isEqualTo("增减变化金额");
    assertThat(first.place().page()).isEqualTo(252);
    assertThat(first.place().rowKey()).isEqualTo("深圳市人力资源和社会保障局 增减变化金额");
    assertThat(first.place().columnKey()).isEqualTo("总计/一般公共预算");
  }

  /**
   * All 396 hold but two a cent apart, within rounding: 数据管理中心 3.53 − 3.54 printed −0.02 (总计 and
   * 公务接待费, p.252).
   */
  @Test
  void shenzhenChangesHoldOrAreRounding() {
    List<Finding> findings =
        PriorYearChecks.judge(read("shenzhen-2026-63d734e6.pdf").get(0).changes());

    assertThat(count(findings, PriorYearChecks.CHANGE_RULE, CheckStatus.PASS)).isEqualTo(394);
    assertThat(findings.stream().filter(f -> f.status() != CheckStatus.PASS))
        .hasSize(2)
        .allSatisfy(
            f -> {
              assertThat(f.status()).isEqualTo(CheckStatus.ROUNDING);
              assertThat(f.place().rowKey()).isEqualTo("深圳市人力资源和社会保障数据管理中心 增减变化金额");
              assertThat(f.difference()).isEqualTo(Fen.parseWan("-0.01"));
            });
  }

  /** A change figure altered in the grid (120.00 read as 121.00) is a finding with its place. */
  @Test
  void aMutatedChangeCellIsAFindingAtItsPlace() {
    PublishedGrid grid = read("shenzhen-2026-63d734e6.pdf").get(0).grid();
    List<List<PublishedCell>> rows = new ArrayList<>(grid.rows());
    List<PublishedCell> change = new ArrayList<>(rows.get(2));
    PublishedCell total = change.get(2);
    change.set(
        2,
        new PublishedCell(
            total.page(),
            total.row(),
            total.column(),
            total.measure(),
            "121.00",
            Fen.parseWan("121.00"),
            2));
    rows.set(2, change);
    PublishedGrid mutated = grid.withRows(rows);

    List<Finding> fails =
        PriorYearChecks.judge(PriorYearFigures.in(List.of(mutated)).get(0).changes()).stream()
            .filter(f -> f.status() == CheckStatus.FAIL)
            .toList();

    assertThat(fails)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.difference()).isEqualTo(Fen.parseWan("1.00"));
              assertThat(f.message())
                  .startsWith("表9 财政拨款“三公”经费支出表 行 深圳市人力资源和社会保障局 增减变化金额 列 总计/一般公共预算 第 252 页：")
                  .contains("299.23 万元", "179.23 万元", "121.00 万元", "差 1.000000 万元");
            });
  }

  /**
   * p.10: each 功能科目 row's 增减额 against 2026年预算数 (年初预算数/小计) less 2025年执行数, and the pair 扣除中央基建投资;
   * 2014002 一般行政管理事务 66.44 → 737.29, 670.85, 1009.71%; 合计 (p.11) 扣除后 13,699.22 → 16,474.82.
   */
  @Test
  void centralChangeColumnsNameTheirOwnTwoFigures() {
    PriorYearFigures table = read("central-mof-2026-a926cacd.pdf").get(0);
    PrintedChange administration =
        table.changes().stream()
            .filter(c -> c.place().rowKey().equals("2014002 一般行政管理事务"))
            .findFirst()
            .orElseThrow();
    PrintedChange netTotal = table.changes().get(table.changes().size() - 1);
    List<Finding> findings = PriorYearChecks.judge(table.changes());

    assertThat(table.changes()).hasSize(2 * 26);
    assertThat(administration.earlier().amount()).isEqualTo(Fen.parseWan("66.44"));
    assertThat(administration.later().amount()).isEqualTo(Fen.parseWan("737.29"));
    assertThat(administration.change().amount()).isEqualTo(Fen.parseWan("670.85"));
    assertThat(administration.rate().printed()).isEqualTo("1009.71%");
    assertThat(netTotal.place().rowKey()).isEqualTo("合计");
    assertThat(netTotal.earlier().place().columnKey()).isEqualTo("2025年执行数/扣除中央基建投资后执行数");
    assertThat(netTotal.earlier().amount()).isEqualTo(Fen.parseWan("13699.22"));
    assertThat(netTotal.later().amount()).isEqualTo(Fen.parseWan("16474.82"));
    assertThat(findings).allSatisfy(f -> assertThat(f.status()).isEqualTo(CheckStatus.PASS));
    assertThat(count(findings, PriorYearChecks.RATE_RULE, CheckStatus.PASS)).isEqualTo(52);
  }

  /** Its execution and change columns are read and checked now, no longer named unread. */
  @Test
  void centralImportNotesSayHowManyHold() throws Exception {
    assertThat(remarks("central-mof-2026-a926cacd.pdf"))
        .contains(
            "第 10 页“一般公共预算支出表”：上年数 52 个、增减 52 组按“增减 = 本年 − 上年”核对：相符 52；增减率 52 个按“增减率 = 增减 ÷ 上年”核对：相符 52。"
                + "上年数不在账本中：这是表内自身的核对（已说明），不是与账本比对")
        .noneMatch(r -> r.contains("一般公共预算支出表”第"));
  }

  /** p.21: 2025年预算数 合计 21.00, 6.70 twice and 公务接待费 14.30; no change printed to check. */
  @Test
  void yantaiEarlierYearIsReadWithNothingToCheck() throws Exception {
    PriorYearFigures table = read("yantai-2026-8bfe1f02.pdf").get(0);

    assertThat(table.earlierFigures()).isEqualTo(4);
    assertThat(table.changes()).isEmpty();
    assertThat(remarks("yantai-2026-8bfe1f02.pdf"))
        .contains("第 21 页“一般公共预算“三公”经费支出情况表”：上年数 4 个已读取；本表未印增减，无从核对；上年数不在账本中，不与账本比较");
  }

  /**
   * p.50 in 元: 上年 / 当年 / 增减变化情况 by unit; 合计 57,232,550.00 → 39,969,215.00, −17,263,335.00. This
   * year's 三公 is the 当年 columns (公务接待费 193,500.00), not 上年's 183,500.00 read before.
   */
  @Test
  void xianYearWordsAreYearsToo() {
    PriorYearFigures table = read("xian-2026-838aeef9.pdf").get(0);
    PrintedChange total = table.changes().get(0);
    PublishedGrid grid = table.grid();

    assertThat(total.earlier().amount()).isEqualTo(Fen.parseYuan("57232550.00"));
    assertThat(total.later().amount()).isEqualTo(Fen.parseYuan("39969215.00"));
    assertThat(total.change().amount()).isEqualTo(Fen.parseYuan("-17263335.00"));
    assertThat(PriorYearChecks.judge(table.changes()))
        .hasSize(54)
        .allSatisfy(f -> assertThat(f.status()).isEqualTo(CheckStatus.PASS));
    assertThat(grid.measures().get(grid.headers().indexOf("上年/合计"))).isNull();
    assertThat(grid.measures().get(grid.headers().indexOf("当年/合计"))).isEqualTo("total");
  }
}
