package org.budgetledger.app.importer.reconstruction;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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

  @Test
  void solvesADepartmentSizedProblemQuicklyAndTheSameWayTwice() {
    MarginProblem problem = SyntheticProblem.build(2026);
    new MarginSolver().solve(SyntheticProblem.build(7)); // warm up class loading and the JIT

    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long started = System.nanoTime();
    long startedCpu = threads.getCurrentThreadCpuTime();
    MarginSolution first = new MarginSolver().solve(problem);
    long cpuMillis = (threads.getCurrentThreadCpuTime() - startedCpu) / 1_000_000;
    long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
    MarginSolution second = new MarginSolver().solve(problem);

    assertThat(problem.cells()).hasSize(500);
    assertThat(problem.margins()).hasSizeGreaterThan(650);
    assertThat(first.violations(problem)).isEmpty();
    assertThat(second.valuesFen()).containsExactlyEntriesOf(first.valuesFen());
    System.out.printf("MarginSolver: %d cells, %d margins solved in %d ms (%d ms CPU)%n",
        problem.cells().size(), problem.margins().size(), elapsedMillis, cpuMillis);
    assertThat(elapsedMillis).as("solve time in ms on a shared build machine").isLessThan(3_000);
  }

  private static <T> List<T> reverse(List<T> items) {
    List<T> reversed = new ArrayList<>(items);
    Collections.reverse(reversed);
    return reversed;
  }
}
