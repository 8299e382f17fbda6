package org.budgetledger.app.importer.reconstruction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Figures that contradict each other beyond rounding are reported, never solved around. */
class MarginSolverInfeasibleTest {

  private final MarginSolver solver = new MarginSolver();

  @Test
  void namesTheRowsAndTotalThatDisagreeByMoreThanRounding() {
    // 30.00 + 60.00 can reach at most 90.01 万元; the exact total says 90.020000.
    MarginProblem problem =
        MarginProblem.builder()
            .cell("a")
            .cell("b")
            .rounded("row.a", "预算03表 row 1 合计", 30_000_000, 2, List.of("a"))
            .rounded("row.b", "预算03表 row 2 合计", 60_000_000, 2, List.of("b"))
            .exact("total", "预算13表 预算支出总额", 90_020_000, List.of("a", "b"))
            .build();

    ReconstructionException failure =
        catchThrowableOfType(() -> solver.solve(problem), ReconstructionException.class);

    assertThat(failure.violations())
        .isNotEmpty()
        .allSatisfy(v -> assertThat(v.excessFen()).isEqualTo(10_000));
    List<String> named =
        failure.violations().stream()
            .flatMap(
                v ->
                    Stream.concat(
                        Stream.of(v.margin().id() + " (" + v.margin().source() + ")"),
                        v.conflictingMarginIds().stream()))
            .toList();
    assertThat(String.join(" ", named))
        .contains("total (预算13表 预算支出总额)")
        .containsAnyOf("row.a (预算03表 row 1 合计)", "row.b (预算03表 row 2 合计)");
    assertThat(failure.getMessage()).contains("contradict").contains("10000 分 beyond tolerance");
  }

  @Test
  void rejectsAPrintedFigureOverCellsThatMustBeZero() {
    MarginProblem problem =
        MarginProblem.builder()
            .fixedZero("x")
            .cell("y")
            .exact("row.x", "预算07表 row 17 合计", 100, List.of("x"))
            .exact("total", "预算07表 合计 row", 100, List.of("x", "y"))
            .build();

    ReconstructionException failure =
        catchThrowableOfType(() -> solver.solve(problem), ReconstructionException.class);

    assertThat(failure.violations()).extracting(v -> v.margin().id()).containsExactly("row.x");
    assertThat(failure.getMessage()).contains("预算07表 row 17 合计");
  }

  @Test
  void rejectsAFigurePrintedOverNoCellsAtAll() {
    MarginProblem problem =
        MarginProblem.builder()
            .cell("x")
            .rounded("orphan", "预算05表 一、一般公共服务支出", 50_000, 2, List.of())
            .exact("total", "预算05表 支出总计", 50_000, List.of("x"))
            .build();

    ReconstructionException failure =
        catchThrowableOfType(() -> solver.solve(problem), ReconstructionException.class);

    assertThat(failure.violations())
        .singleElement()
        .satisfies(v -> assertThat(v.margin().id()).isEqualTo("orphan"))
        .satisfies(v -> assertThat(v.excessFen()).isEqualTo(45_000));
    assertThat(failure.getMessage()).contains("预算05表 一、一般公共服务支出");
  }
}
