package org.budgetledger.app.importer.reconstruction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Half a display unit is the tolerance of a rounded figure, inclusive on both sides. */
class MarginSolverRoundingTest {

  private final MarginSolver solver = new MarginSolver();

  @Test
  void acceptsAnExactHalfRoundedDown() {
    MarginSolution solution = solver.solve(tie(1_000_000)); // 1.005000 printed as 1.00

    assertThat(solution.fen("a").value()).isEqualTo(1_005_000);
  }

  @Test
  void acceptsAnExactHalfRoundedUp() {
    MarginSolution solution = solver.solve(tie(1_010_000)); // 1.005000 printed as 1.01

    assertThat(solution.fen("a").value()).isEqualTo(1_005_000);
  }

  @Test
  void rejectsAFigureOneFenBeyondTheHalf() {
    MarginProblem problem =
        MarginProblem.builder()
            .cell("a")
            .rounded("row", "预算03表 row 1 合计", 1_000_000, 2, List.of("a"))
            .exact("total", "预算13表 预算支出总额", 1_005_001, List.of("a"))
            .build();

    assertThatThrownBy(() -> solver.solve(problem))
        .isInstanceOf(ReconstructionException.class)
        .hasMessageContaining("预算03表 row 1 合计")
        .hasMessageContaining("预算13表 预算支出总额")
        .hasMessageContaining("1 分 beyond tolerance");
  }

  @Test
  void reportsHowRoundedRowsMissTheirRoundedTotal() {
    // 0.92 + 0.30 = 1.22 while the total prints 1.21 (预算06表 against 预算03表): still consistent.
    MarginProblem problem =
        MarginProblem.builder()
            .cell("201002")
            .cell("201001")
            .rounded("t06.201002", "预算06表 row 7 公用经费", 920_000, 2, List.of("201002"))
            .rounded("t06.201001", "预算06表 row 19 公用经费", 300_000, 2, List.of("201001"))
            .rounded("t03", "预算03表 row 1 合计", 1_210_000, 2, List.of("201001", "201002"))
            .build();

    MarginSolution solution = solver.solve(problem);

    assertThat(solution.violations(problem)).isEmpty();
    assertThat(solution.fen("201001").value() + solution.fen("201002").value())
        .isBetween(1_210_000L, 1_215_000L);
  }

  private static MarginProblem tie(long printedFen) {
    return MarginProblem.builder()
        .cell("a")
        .rounded("row", "预算03表 row 1 合计", printedFen, 2, List.of("a"))
        .exact("total", "预算13表 预算支出总额", 1_005_000, List.of("a"))
        .build();
  }
}
