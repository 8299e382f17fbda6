package org.budgetledger.app.importer.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetledger.app.importer.document.DisclosureSeeds.fen;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The district seed's performance tables (12, 13) and its narrative. */
class DisclosureDistrictPerformanceAndNarrativeTest {
  private final DisclosureDocument document =
      DisclosureSeeds.parse(DisclosureSeeds.DISTRICT).document();

  @Test
  void projectPerformanceKeepsIndicatorRowsUnderThePrecedingProject() {
    ProjectPerformanceTable t = document.projectPerformance();
    assertThat(t.heading().continuedAt()).isEmpty();
    assertThat(t.groups())
        .extracting(g -> g.indicators().size())
        .containsExactly(32, 17, 10, 10, 9, 3);
    assertThat(t.indicatorCount()).isEqualTo(81);
    ProjectGroup first = t.groups().get(0);
    assertThat(first.unit()).isEqualTo(new CodedName("201001", "北京市东城区医疗保障局本级"));
    assertThat(first.projectCode()).isEqualTo("11010122700000399442");
    assertThat(first.projectName()).isEqualTo("法律援助服务");
    assertThat(fen(first.total())).isEqualTo(4_000_000L);
    assertThat(first.other()).isNull();
    assertThat(first.shifted()).isFalse();
    assertThat(t.groups().get(2).unit()).isNull(); // printed only on the unit's first project
    assertThat(t.groups().get(1).shifted()).isTrue(); // its 其他资金 cell was dropped
  }

  @Test
  void shiftedIndicatorRowsAreReadByContentAndMarked() {
    List<IndicatorRow> rows = document.projectPerformance().groups().get(0).indicators();
    assertThat(rows.get(3))
        .isEqualTo(
            new IndicatorRow("产出指标", "时效指标", "合法性审查反馈时间", "≤", "3", "个工作日", "正向指标", 324, false));
    assertThat(rows.stream().filter(IndicatorRow::shifted)).hasSize(22);
    IndicatorRow shiftedCost =
        rows.stream().filter(r -> r.lineNo() == 337).findFirst().orElseThrow();
    assertThat(shiftedCost.shifted()).isTrue();
    assertThat(shiftedCost.value()).isEqualTo("159.408099");
    assertThat(shiftedCost.unit()).isEqualTo("万元");
    IndicatorRow gapAfterNature = document.projectPerformance().groups().get(5).indicators().get(1);
    assertThat(gapAfterNature.lineNo()).isEqualTo(403);
    assertThat(gapAfterNature.value()).isEqualTo("5.3999");
    assertThat(gapAfterNature.direction()).isEqualTo("反向指标");
  }

  @Test
  void departmentPerformanceReadsFundingGoalAnd50Activities() {
    DepartmentPerformanceTable t = document.departmentPerformance();
    assertThat(t.departmentName()).isEqualTo("北京市东城区医疗保障局");
    assertThat(fen(t.budgetTotal())).isEqualTo(43_667_284_604L);
    assertThat(t.funding())
        .extracting(f -> fen(f.amount()))
        .containsExactly(43_667_284_604L, 43_667_284_604L, 2_858_839_510L, 40_808_445_094L);
    assertThat(t.overallGoal()).startsWith("在区委区政府的坚强领导");
    assertThat(t.otherNotes()).isEmpty();
    assertThat(t.activities()).hasSize(50);
    ActivityRow first = t.activities().get(0);
    assertThat(first.activity()).isEqualTo("其他卫生健康");
    assertThat(first.level1()).isEqualTo("效益指标");
    assertThat(first.level2()).isEqualTo("可持续影响指标");
    assertThat(first.nature()).isEqualTo("定性");
    ActivityRow count = t.activities().get(25);
    assertThat(count.lineNo()).isEqualTo(443);
    assertThat(count.value()).isEqualTo("15");
    assertThat(count.unit()).isEqualTo("人");
  }

  @Test
  void narrativeKeepsOverviewExplanationAndGlossary() {
    Narrative n = document.narrative();
    assertThat(n.overview()).startsWith("（一）主要职责").contains("北京市东城区医疗保险事务管理中心");
    assertThat(n.explanation()).startsWith("（一）关于本部门 2026 年收支总体情况的说明");
    assertThat(n.glossary()).hasSize(14);
    assertThat(n.glossary().get(12).definition()).endsWith("为职工缴纳的住房公积金。");
    assertThat(n.glossary().get(13).term()).isEqualTo("住房保障支出(类)住房改革支出(款)购房补贴(项)");
  }

  @Test
  void figuresQuotedInTheExplanationGetStableKeys() {
    Narrative n = document.narrative();
    assertThat(figure(n, "income.total")).isEqualTo(43_667_280_000L);
    assertThat(figure(n, "income.previousYear")).isEqualTo(37_402_110_000L);
    assertThat(figure(n, "income.increase")).isEqualTo(6_265_170_000L);
    assertThat(figure(n, "expenditure.basic")).isEqualTo(2_858_840_000L);
    assertThat(figure(n, "expenditure.basic.previousYear")).isEqualTo(2_816_320_000L);
    assertThat(figure(n, "expenditure.project")).isEqualTo(40_808_450_000L);
    assertThat(figure(n, "expenditure.project.previousYear")).isEqualTo(34_585_780_000L);
    assertThat(figure(n, "operatingExpenses")).isEqualTo(147_450_000L);
    assertThat(figure(n, "procurement.total")).isEqualTo(329_660_000L);
    assertThat(figure(n, "procurement.goods")).isZero();
    assertThat(figure(n, "procurement.works")).isZero();
    assertThat(figure(n, "procurement.services")).isEqualTo(329_660_000L);
    assertThat(figure(n, "purchasedServices.total")).isEqualTo(200_950_000L);
    assertThat(figure(n, "fiscal.expenditure.class.住房保障支出")).isEqualTo(444_740_000L);
    QuotedFigure vehicles = n.figures("threePublic.vehicleOperation").get(0);
    assertThat(vehicles.unit()).isEqualTo("元");
    assertThat(fen(vehicles.amount())).isZero();
    assertThat(vehicles.lineNo()).isEqualTo(507);
    QuotedFigure previous = n.figures("income.previousYear").get(0);
    assertThat(previous.lineNo()).isEqualTo(477);
    assertThat(previous.sentence()).startsWith("本部门 2026 年收入预算 43,667.28 万元，比 2025 年");
    assertThat(n.figures()).hasSize(26).noneMatch(f -> f.key().equals("unclassified"));
  }

  private static long figure(Narrative narrative, String key) {
    assertThat(narrative.figures(key)).as(key).hasSize(1);
    return fen(narrative.figures(key).get(0).amount());
  }
}
