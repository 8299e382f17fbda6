package org.budgetledger.app.importer.reconstruction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The district document prints 2 decimals, and its rounded rows do not always add up (table 06 公用经费
 * 0.92 + 0.30 = 1.22 against table 03's 1.21), yet fine lines in fen exist that print as every
 * published figure and meet table 13's exact totals.
 */
class MarginSolverDistrictTest {

  private final MarginProblem problem = DistrictSeedProblem.build();
  private final MarginSolution solution = new MarginSolver().solve(problem);

  @Test
  void meetsEveryPublishedFigureWithinHalfADisplayUnit() {
    assertThat(problem.margins()).hasSizeGreaterThan(200);
    for (Margin margin : problem.margins()) {
      long gap = Math.abs(solution.sumFen(margin) - margin.publishedFen());
      assertThat(gap).as(margin.source()).isLessThanOrEqualTo(margin.isExact() ? 0 : 5_000);
    }
    assertThat(solution.violations(problem)).isEmpty();
    assertThat(solution.cellBoundViolations(problem)).isEmpty();
  }

  @Test
  void meetsTable13ExactTotalsToTheFen() {
    assertThat(sum("t13.total")).isEqualTo(43_667_284_604L);
    assertThat(sum("t13.basic")).isEqualTo(2_858_839_510L);
    assertThat(sum("t13.project")).isEqualTo(40_808_445_094L);
  }

  @Test
  void reconcilesRetireesPublicSpendingThatTable06AddsUpTo122() {
    long unit201002 = fen("201002/2080501/50299/30299/BASIC_PUBLIC");
    long unit201001 = fen("201001/2080501/50299/30299/BASIC_PUBLIC");

    assertThat(unit201002).isBetween(915_000L, 925_000L);
    assertThat(unit201001).isBetween(295_000L, 305_000L);
    // table 06 allows 1.21 to 1.23, table 03 1.205 to 1.215: only 1.21 to 1.215 meets both.
    assertThat(unit201002 + unit201001).isBetween(1_210_000L, 1_215_000L);
  }

  private long sum(String marginId) {
    return solution.sumFen(
        problem.margins().stream().filter(m -> m.id().equals(marginId)).findFirst().orElseThrow());
  }

  private long fen(String cellId) {
    return solution.fen(cellId).value();
  }
}
