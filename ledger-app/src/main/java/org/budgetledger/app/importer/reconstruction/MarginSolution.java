package org.budgetledger.app.importer.reconstruction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.budgetledger.core.model.Fen;

/**
 * Reconstructed fine lines: exact fen per cell id, sorted by id. {@link #violations} re-checks a
 * problem's margins with exact long arithmetic, so an importer can verify a solution it did not
 * compute itself.
 */
public record MarginSolution(Map<String, Long> valuesFen) {

  public MarginSolution {
    TreeMap<String, Long> sorted = new TreeMap<>(valuesFen);
    sorted.forEach(
        (id, fen) -> {
          if (fen == null || fen < 0) {
            throw new IllegalArgumentException(
                "cell " + id + " has no non-negative amount: " + fen);
          }
        });
    valuesFen = Collections.unmodifiableSortedMap(sorted);
  }

  public Fen fen(String cellId) {
    Long value = valuesFen.get(cellId);
    if (value == null) {
      throw new IllegalArgumentException("no cell " + cellId + " in this solution");
    }
    return Fen.of(value);
  }

  public long sumFen(Margin margin) {
    long sum = 0;
    for (String id : margin.cellIds()) {
      sum = Math.addExact(sum, fen(id).value());
    }
    return sum;
  }

  /** Every margin of {@code problem} this solution misses; empty when all are met. */
  public List<MarginViolation> violations(MarginProblem problem) {
    List<MarginViolation> violations = new ArrayList<>();
    for (Margin margin : problem.margins()) {
      long sum = sumFen(margin);
      if (margin.excessFen(sum) > 0) {
        violations.add(new MarginViolation(margin, sum, margin.excessFen(sum), List.of()));
      }
    }
    return violations;
  }

  /** Cells of {@code problem} missing here or above their upper bound (e.g. a fixed zero). */
  public List<String> cellBoundViolations(MarginProblem problem) {
    List<String> problems = new ArrayList<>();
    for (CellVar cell : problem.cells()) {
      Long value = valuesFen.get(cell.id());
      if (value == null) {
        problems.add(cell.id() + " has no amount");
      } else if (value > cell.upperBoundFen()) {
        problems.add(cell.id() + " is " + value + " 分, above its bound " + cell.upperBoundFen());
      }
    }
    return problems;
  }

  /** True when every cell is present, within its bound, and every margin is met. */
  public boolean satisfies(MarginProblem problem) {
    return cellBoundViolations(problem).isEmpty() && violations(problem).isEmpty();
  }
}
