package org.budgetledger.app.importer.reconstruction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reconstructs fine budget lines in fen from published margins (勾稽), some rounded.
 *
 * <ol>
 *   <li>Raking (iterative proportional fitting) spreads every printed figure over its cells: a
 *       first estimate close to all figures, in proportion to each other.
 *   <li>An LP (ojAlgo) changes that estimate as little as possible (least total absolute change)
 *       until every margin holds, with rounded margins tightened so that rounding each cell to
 *       whole fen cannot push them out.
 *   <li>Cells are rounded to long fen; a greedy integer search, then if need be a small integer
 *       programme around the missed margins, repairs the few fen by which exact margins (e.g.
 *       预算13表's totals) then miss.
 *   <li>Every margin and cell bound is verified with exact long arithmetic.
 * </ol>
 *
 * <p>Contradictory figures, or a failed repair, raise a {@link ReconstructionException} naming the
 * margins and where they are printed. Deterministic: cells and margins are ordered by id, and
 * nothing depends on time, randomness or threads.
 */
public final class MarginSolver {

  /** Fractions of a fen below this are LP noise, not a real gap between margins. */
  private static final double NOISE_FEN = 0.5;

  public MarginSolution solve(MarginProblem problem) {
    IndexedProblem indexed = new IndexedProblem(problem);
    rejectUnmeetableEmptyMargins(indexed);
    long[] estimate = Raking.estimate(indexed);
    long[] tightened = tightened(indexed);
    double[] relaxed =
        MarginLp.closestTo(indexed, tightened, estimate)
            .or(
                () ->
                    MarginLp.closestTo(indexed, reserveOnlyWhereFree(indexed, tightened), estimate))
            .or(() -> MarginLp.closestTo(indexed, tolerances(indexed), estimate))
            .orElseGet(() -> leastStretchOrFail(indexed));
    long[] values = IntegerRepair.repair(indexed, rounded(indexed, relaxed));
    values = MipRepair.repair(indexed, values);
    MarginSolution solution = solution(indexed, values);
    List<String> badCells = solution.cellBoundViolations(problem);
    if (!badCells.isEmpty()) {
      throw new IllegalStateException("rounding and repair keep cells within bounds: " + badCells);
    }
    List<MarginViolation> missed = solution.violations(problem);
    if (!missed.isEmpty()) {
      throw new ReconstructionException(
          "the LP answer could not be brought to whole fen within " + "every margin; still missed:",
          missed);
    }
    return solution;
  }

  /**
   * Rounding n cells moves a sum by at most n/2 fen, so a rounded margin keeps n fen in reserve,
   * but never more than half its tolerance, lest tight figures shut each other out; exact margins
   * have nothing to keep and rely on the repair. If even that is infeasible (e.g. a sum pinned
   * exactly at a tie), the solver retries with the full tolerance.
   */
  private static long[] tightened(IndexedProblem problem) {
    long[] allowed = tolerances(problem);
    for (int m = 0; m < allowed.length; m++) {
      allowed[m] -= Math.min(allowed[m] / 2, problem.marginCells[m].length);
    }
    return allowed;
  }

  /**
   * Figures printed at the very edge of each other's rounding (a 合计 whose rounded parts add to 0.01
   * less) leave no room for the reserve on the margins between them: those margins, the ones the
   * least stretch over the tightened bounds moves, get all their tolerance but a fen, so that a sum
   * never lands on the tie half-up rounding prints the other way; every other keeps its reserve, so
   * that lines the edge does not concern are not pushed to the edge of their rounding.
   */
  private static long[] reserveOnlyWhereFree(IndexedProblem problem, long[] tightened) {
    double[] stretch = MarginLp.leastStretch(problem, tightened).stretch();
    long[] allowed = tightened.clone();
    for (int m = 0; m < allowed.length; m++) {
      if (stretch[m] > 1e-6) {
        allowed[m] = Math.max(0, problem.margins[m].toleranceFen() - 1);
      }
    }
    return allowed;
  }

  private static long[] tolerances(IndexedProblem problem) {
    long[] allowed = new long[problem.margins.length];
    for (int m = 0; m < allowed.length; m++) {
      allowed[m] = problem.margins[m].toleranceFen();
    }
    return allowed;
  }

  private static void rejectUnmeetableEmptyMargins(IndexedProblem problem) {
    List<MarginViolation> missed = new ArrayList<>();
    for (int m = 0; m < problem.margins.length; m++) {
      Margin margin = problem.margins[m];
      if (problem.marginCells[m].length == 0 && margin.excessFen(0) > 0) {
        missed.add(new MarginViolation(margin, 0, margin.excessFen(0), List.of()));
      }
    }
    if (!missed.isEmpty()) {
      throw new ReconstructionException("margins over no cells must print as 0:", missed);
    }
  }

  /**
   * The hard LP failed: stretch the margins at least cost. A stretch of a fen or more proves the
   * margins contradict each other, and names them; less is numerical trouble in the hard LP, and
   * the stretched answer is as good a start for rounding and repair.
   */
  private static double[] leastStretchOrFail(IndexedProblem problem) {
    MarginLp.LpResult stretched = MarginLp.leastStretch(problem);
    List<MarginViolation> missed = new ArrayList<>();
    for (int m = 0; m < problem.margins.length; m++) {
      if (stretched.stretch()[m] >= NOISE_FEN) {
        long sum = Math.round(sumOf(problem, m, stretched.cells()));
        missed.add(
            new MarginViolation(
                problem.margins[m],
                sum,
                problem.margins[m].excessFen(sum),
                conflicts(problem, m, stretched.cells())));
      }
    }
    if (!missed.isEmpty()) {
      throw new ReconstructionException(
          "the published margins contradict each other beyond "
              + "rounding; the least change that reconciles them moves:",
          missed);
    }
    return stretched.cells();
  }

  /** Margins sharing a cell with margin m and held at one of their bounds: what m runs into. */
  private static List<String> conflicts(IndexedProblem problem, int m, double[] cells) {
    TreeSet<String> ids = new TreeSet<>();
    for (int c : problem.marginCells[m]) {
      for (int other : problem.cellMargins[c]) {
        Margin margin = problem.margins[other];
        double sum = sumOf(problem, other, cells);
        boolean pinned =
            Math.abs(sum - margin.lowerFen()) < NOISE_FEN
                || Math.abs(sum - margin.upperFen()) < NOISE_FEN;
        if (other != m && pinned) {
          ids.add(margin.id() + " (" + margin.source() + ")");
        }
      }
    }
    return List.copyOf(ids);
  }

  private static double sumOf(IndexedProblem problem, int m, double[] cells) {
    double sum = 0;
    for (int c : problem.marginCells[m]) {
      sum += cells[c];
    }
    return sum;
  }

  private static long[] rounded(IndexedProblem problem, double[] relaxed) {
    long[] values = new long[relaxed.length];
    for (int c = 0; c < relaxed.length; c++) {
      values[c] = Math.min(Math.max(0, Math.round(relaxed[c])), problem.upperFen[c]);
    }
    return values;
  }

  private static MarginSolution solution(IndexedProblem problem, long[] values) {
    Map<String, Long> byId = new TreeMap<>();
    for (int c = 0; c < values.length; c++) {
      byId.put(problem.cellIds[c], values[c]);
    }
    return new MarginSolution(byId);
  }
}
