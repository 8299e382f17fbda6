package org.budgetledger.app.importer.reconstruction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Same published figures, same fine lines: a re-import must not move money between lines. */
class MarginSolverDeterminismTest {

  @Test
  void solvesTheDistrictDocumentTheSameWayTwice() {
    MarginSolution first = new MarginSolver().solve(DistrictSeedProblem.build());
    MarginSolution second = new MarginSolver().solve(DistrictSeedProblem.build());

    assertThat(second.valuesFen()).containsExactlyEntriesOf(first.valuesFen());
  }

  @Test
  void ignoresTheOrderInWhichCellsAndMarginsWereAdded() {
    MarginProblem problem = DistrictSeedProblem.build();
    MarginProblemBuilder reversed = MarginProblem.builder();
    reverse(problem.cells()).forEach(reversed::cell);
    reverse(problem.margins()).forEach(reversed::margin);

    MarginSolution solution = new MarginSolver().solve(reversed.build());

    assertThat(solution.valuesFen())
        .containsExactlyEntriesOf(new MarginSolver().solve(problem).valuesFen());
  }

  /** Its speed is a benchmark's question, not a test's: {@code ./ledger bench-seeds} times it. */
  @Test
  void solvesADepartmentSizedProblemTheSameWayTwice() {
    MarginProblem problem = SyntheticProblem.build(2026);

    MarginSolution first = new MarginSolver().solve(problem);
    MarginSolution second = new MarginSolver().solve(problem);

    assertThat(problem.cells()).hasSize(500);
    assertThat(problem.margins()).hasSizeGreaterThan(650);
    assertThat(first.violations(problem)).isEmpty();
    assertThat(second.valuesFen()).containsExactlyEntriesOf(first.valuesFen());
  }

  private static <T> List<T> reverse(List<T> items) {
    List<T> reversed = new ArrayList<>(items);
    Collections.reverse(reversed);
    return reversed;
  }
}
