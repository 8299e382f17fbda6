package org.budgetledger.app.importer.reconstruction;

import java.util.Arrays;

/**
 * Fixes the few fen by which rounding an LP answer to whole fen can miss a margin (mostly exact
 * ones, which have no slack). Greedy local search in exact long arithmetic: take the finest missed
 * margin, then add or remove fen on one of its cells, or move fen between one of its cells and a
 * cell sharing a margin with it, choosing the move that most reduces the total excess over all
 * margins. Every move strictly reduces that integer, so the search ends; it may end short of zero,
 * and then the solver reports the margins still missed.
 */
final class IntegerRepair {

  private final IndexedProblem problem;
  private final long[] values;
  private final long[] sums;
  private final int[][] neighbours;
  private final long[] delta;
  private final boolean[] inMargin;
  private final boolean[] seen;
  private long bestGain;
  private int bestA;
  private int bestB;
  private long bestStep;

  private IntegerRepair(IndexedProblem problem, long[] values) {
    this.problem = problem;
    this.values = values.clone();
    this.sums = problem.sums(this.values);
    this.neighbours = new int[problem.cellCount()][];
    this.delta = new long[problem.margins.length];
    this.inMargin = new boolean[problem.cellCount()];
    this.seen = new boolean[problem.cellCount()];
  }

  /** A copy of {@code values} with as many margins met as the search manages. */
  static long[] repair(IndexedProblem problem, long[] values) {
    IntegerRepair repair = new IntegerRepair(problem, values);
    int limit = 10 * problem.cellCount() + 100;
    for (int round = 0; round < limit && repair.improveOnce(); round++) {
      // each round applies one strictly improving move
    }
    return repair.values;
  }

  private boolean improveOnce() {
    int m = finestMissedMargin();
    if (m < 0) {
      return false;
    }
    Margin margin = problem.margins[m];
    long need =
        sums[m] > margin.upperFen() ? margin.upperFen() - sums[m] : margin.lowerFen() - sums[m];
    bestGain = 0;
    long[] steps =
        need == Long.signum(need) ? new long[] {need} : new long[] {need, Long.signum(need)};
    for (int a : problem.marginCells[m]) {
      long room = room(a, Long.signum(need));
      if (room > 0 && room < Math.abs(need)) {
        consider(a, Long.signum(need) * room, -1);
      }
      for (long step : steps) {
        consider(a, step, -1);
      }
    }
    if (bestGain < Math.abs(need)) {
      considerPairs(m, steps); // no single cell can fix m alone: move fen between two cells
    }
    if (bestGain <= 0) {
      return false;
    }
    apply(bestA, bestStep);
    if (bestB >= 0) {
      apply(bestB, -bestStep);
    }
    return true;
  }

  private void considerPairs(int m, long[] steps) {
    for (int c : problem.marginCells[m]) {
      inMargin[c] = true;
    }
    for (long step : steps) {
      for (int a : problem.marginCells[m]) {
        for (int b : neighbours(a)) {
          if (!inMargin[b]) {
            consider(a, step, b);
          }
        }
      }
    }
    for (int c : problem.marginCells[m]) {
      inMargin[c] = false;
    }
  }

  private int finestMissedMargin() {
    int finest = -1;
    for (int m = 0; m < sums.length; m++) {
      boolean missed = problem.margins[m].excessFen(sums[m]) > 0;
      if (missed
          && (finest < 0 || problem.marginCells[m].length < problem.marginCells[finest].length)) {
        finest = m;
      }
    }
    return finest;
  }

  /** Scores adding {@code step} fen to cell a and, if b ≥ 0, taking them from cell b. */
  private void consider(int a, long step, int b) {
    if (!fits(a, step) || (b >= 0 && !fits(b, -step))) {
      return;
    }
    for (int m : problem.cellMargins[a]) {
      delta[m] += step;
    }
    if (b >= 0) {
      for (int m : problem.cellMargins[b]) {
        delta[m] -= step;
      }
    }
    long gain = gainAndReset(problem.cellMargins[a]);
    if (b >= 0) {
      gain += gainAndReset(problem.cellMargins[b]);
    }
    if (gain > bestGain) {
      bestGain = gain;
      bestA = a;
      bestB = b;
      bestStep = step;
    }
  }

  private long gainAndReset(int[] margins) {
    long gain = 0;
    for (int m : margins) {
      if (delta[m] != 0) {
        Margin margin = problem.margins[m];
        gain += margin.excessFen(sums[m]) - margin.excessFen(sums[m] + delta[m]);
        delta[m] = 0;
      }
    }
    return gain;
  }

  /**
   * How many fen cell may move in {@code direction} without pushing any of its margins further out,
   * so a whole run of single-fen moves can be taken at once.
   */
  private long room(int cell, int direction) {
    long room = direction > 0 ? problem.upperFen[cell] - values[cell] : values[cell];
    for (int m : problem.cellMargins[cell]) {
      Margin margin = problem.margins[m];
      long towardBound = direction > 0 ? margin.upperFen() - sums[m] : sums[m] - margin.lowerFen();
      if (towardBound >= 0) {
        room = Math.min(room, towardBound);
      }
    }
    return room;
  }

  private boolean fits(int cell, long step) {
    long next = values[cell] + step;
    return next >= 0 && next <= problem.upperFen[cell];
  }

  private void apply(int cell, long step) {
    values[cell] = Math.addExact(values[cell], step);
    for (int m : problem.cellMargins[cell]) {
      sums[m] = Math.addExact(sums[m], step);
    }
  }

  private int[] neighbours(int cell) {
    if (neighbours[cell] == null) {
      int[] near = new int[problem.cellCount()];
      int count = 0;
      seen[cell] = true;
      for (int m : problem.cellMargins[cell]) {
        for (int other : problem.marginCells[m]) {
          if (!seen[other]) {
            seen[other] = true;
            near[count++] = other;
          }
        }
      }
      seen[cell] = false;
      for (int i = 0; i < count; i++) {
        seen[near[i]] = false;
      }
      neighbours[cell] = Arrays.copyOf(near, count);
      Arrays.sort(neighbours[cell]);
    }
    return neighbours[cell];
  }
}
