package org.budgetledger.app.importer.reconstruction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Margins all printed to the fen: a unit × row matrix is a transportation problem. */
class MarginSolverExactTest {

  private static final String[] UNITS = {"201001", "201002", "201003"};
  private static final long[] UNIT_TOTALS = {40_503_021_234L, 3_164_263_370L, 7L};
  private static final String[] ROWS = {"2101501", "2101599", "2210201", "2080505"};
  private static final long[] ROW_TOTALS = {
    1_853_260_000L, 599_661_111L, 40_994_400_000L, 219_963_500L
  };

  @Test
  void meetsEveryRowUnitAndGrandTotalToTheFen() {
    MarginProblem problem = transportation();

    MarginSolution solution = new MarginSolver().solve(problem);

    for (Margin margin : problem.margins()) {
      assertThat(solution.sumFen(margin)).as(margin.source()).isEqualTo(margin.publishedFen());
    }
    assertThat(solution.violations(problem)).isEmpty();
    assertThat(solution.valuesFen())
        .hasSize(UNITS.length * ROWS.length)
        .allSatisfy((id, fen) -> assertThat(fen).isNotNegative());
  }

  @Test
  void keepsFixedZeroCellsAtZero() {
    MarginProblem problem =
        MarginProblem.builder()
            .cell("a/x")
            .fixedZero("a/y")
            .cell("b/x")
            .cell("b/y")
            .exact("unit.a", "预算06表 row a", 500, List.of("a/x", "a/y"))
            .exact("unit.b", "预算06表 row b", 301, List.of("b/x", "b/y"))
            .exact("row.x", "预算03表 row x", 700, List.of("a/x", "b/x"))
            .exact("row.y", "预算03表 row y", 101, List.of("a/y", "b/y"))
            .build();

    MarginSolution solution = new MarginSolver().solve(problem);

    assertThat(solution.valuesFen())
        .containsExactly(entry("a/x", 500), entry("a/y", 0), entry("b/x", 200), entry("b/y", 101));
    assertThat(solution.satisfies(problem)).isTrue();
  }

  @Test
  void meetsExactMarginsOfFourteenOverlappingHierarchiesToTheFen() {
    // Like a municipal document (6 decimals); rounding this seed's LP answer leaves a 4-cell cycle
    // of 1-fen misses that only the integer programme repair closes.
    MarginProblem problem = SyntheticProblem.build(2026, 6);

    MarginSolution solution = new MarginSolver().solve(problem);

    assertThat(problem.margins()).allSatisfy(margin -> assertThat(margin.isExact()).isTrue());
    for (Margin margin : problem.margins()) {
      assertThat(solution.sumFen(margin)).as(margin.source()).isEqualTo(margin.publishedFen());
    }
  }

  static MarginProblem transportation() {
    MarginProblemBuilder builder = MarginProblem.builder();
    List<String> all = new ArrayList<>();
    for (String unit : UNITS) {
      for (String row : ROWS) {
        builder.cell(unit + "/" + row);
        all.add(unit + "/" + row);
      }
    }
    for (int u = 0; u < UNITS.length; u++) {
      String unit = UNITS[u];
      builder.exact(
          "unit." + unit,
          "预算02表 row " + unit,
          UNIT_TOTALS[u],
          all.stream().filter(id -> id.startsWith(unit)).toList());
    }
    for (int r = 0; r < ROWS.length; r++) {
      String row = ROWS[r];
      builder.exact(
          "row." + row,
          "预算03表 row " + row,
          ROW_TOTALS[r],
          all.stream().filter(id -> id.endsWith(row)).toList());
    }
    return builder.exact("total", "预算01表 支出总计", 43_667_284_604L + 7L, all).build();
  }

  private static java.util.Map.Entry<String, Long> entry(String id, long fen) {
    return java.util.Map.entry(id, fen);
  }
}
