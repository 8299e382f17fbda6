package org.budgetledger.app.importer.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.budgetledger.projections.reconciliation.ReconciliationRules;
import org.budgetledger.projections.reconciliation.RuleCheck;
import org.budgetledger.projections.reconciliation.RuleStatus;
import org.junit.jupiter.api.Test;

/**
 * The reconciliation rules on the two published seeds: the district's sums miss by rounding only;
 * the municipal's 支出总表 and 一般公共预算支出表 lost 81,779.000000 万元 of rows.
 */
class PublishedRulesTest {
  private static final long GAP_FEN = 81_779_000_000L;

  private static List<RuleCheck> rules(String seed) {
    return ReconciliationRules.check(PublishedTables.tableSet(PublishedSeeds.parse(seed)));
  }

  private static RuleCheck find(List<RuleCheck> checks, String statement) {
    return checks.stream().filter(c -> c.statement().equals(statement)).findFirst().orElseThrow();
  }

  @Test
  void districtFindsRoundingOnlyAndNamesItsFigures() {
    List<RuleCheck> checks = rules(PublishedSeeds.DISTRICT);
    assertThat(checks).noneMatch(c -> c.status() == RuleStatus.FAIL);
    assertThat(checks).filteredOn(c -> c.status() == RuleStatus.ROUNDING).hasSize(20);
    RuleCheck units = find(checks, "收入总表 各单位行之和 = 部门行（total）");
    assertThat(units.status()).isEqualTo(RuleStatus.ROUNDING);
    assertThat(units.left().value()).isEqualTo(43_667_280_000L);
    assertThat(units.right().value()).isEqualTo(43_667_290_000L); // 40,503.02 + 3,164.27
    assertThat(units.difference().value()).isEqualTo(-10_000L);
    assertThat(units.roundedTerms()).isEqualTo(2);
    assertThat(units.toleranceFen()).isEqualTo(10_000L);
    assertThat(units.rightFigures()).extracting(f -> f.lineNo()).containsExactly(93, 94);
    RuleCheck rows = find(checks, "支出总表 各行之和 = 合计行（total）");
    assertThat(rows.status()).isEqualTo(RuleStatus.ROUNDING);
    assertThat(rows.difference().value()).isEqualTo(-10_000L);
    assertThat(rows.roundedTerms()).isEqualTo(34);
    assertThat(rows.toleranceFen()).isEqualTo(170_000L);
    RuleCheck performance = find(checks, "部门整体绩效 预算支出总额 = 支出总表 合计");
    assertThat(performance.status()).isEqualTo(RuleStatus.ROUNDING);
    assertThat(performance.difference().value()).isEqualTo(4_604L); // 43,667.284604 − 43,667.28
    assertThat(find(checks, "情况说明 procurement.total = 表中数").status()).isEqualTo(RuleStatus.PASS);
    assertThat(find(checks, "情况说明 purchasedServices.total = 表中数").right().value())
        .isEqualTo(200_950_000L);
  }

  @Test
  void municipalFailsOnTheLostRowsOnlyByExactly81779() {
    List<RuleCheck> checks = rules(PublishedSeeds.MUNICIPAL);
    List<RuleCheck> failed = checks.stream().filter(c -> c.status() != RuleStatus.PASS).toList();
    assertThat(failed)
        .allMatch(c -> c.status() == RuleStatus.FAIL)
        .allMatch(c -> c.difference().value() == GAP_FEN)
        .extracting(RuleCheck::rule, RuleCheck::statement)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3, "支出总表 各行之和 = 合计行（total）"),
            org.assertj.core.groups.Tuple.tuple(3, "支出总表 各行之和 = 合计行（project）"),
            org.assertj.core.groups.Tuple.tuple(3, "支出总表 210 类各行之和 = 收支总表 该类支出"),
            org.assertj.core.groups.Tuple.tuple(5, "一般公共预算支出表 各行之和 = 合计行（total）"),
            org.assertj.core.groups.Tuple.tuple(5, "一般公共预算支出表 各行之和 = 合计行（project）"),
            org.assertj.core.groups.Tuple.tuple(
                5, "一般公共预算支出表 各行之和 = 合计行（projectExcludingCapital）"));
    RuleCheck summary = failed.get(0);
    assertThat(summary.left().value()).isEqualTo(110_896_619_602L);
    assertThat(summary.right().value()).isEqualTo(29_117_619_602L);
    assertThat(summary.roundedTerms()).isZero();
    assertThat(summary.toleranceFen()).isZero();
    assertThat(summary.leftFigures())
        .singleElement()
        .satisfies(f -> assertThat(f.lineNo()).isEqualTo(118));
    assertThat(summary.rightFigures()).hasSize(64);
    assertThat(failed.get(3).right().value()).isEqualTo(29_117_619_602L);
    assertThat(checks)
        .filteredOn(c -> c.rule() == 8)
        .isNotEmpty()
        .allMatch(c -> c.status() == RuleStatus.PASS);
    assertThat(checks).filteredOn(c -> c.rule() == 7).hasSize(4);
  }
}
