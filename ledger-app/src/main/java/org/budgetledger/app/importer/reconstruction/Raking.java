package org.budgetledger.app.importer.reconstruction;

/**
 * A first estimate of the cells by iterative proportional fitting (raking): start every free cell
 * at 1 and, margin after margin, scale its cells to the printed figure, for a fixed number of
 * sweeps. The estimate spreads each figure in proportion to what the other margins say, and a
 * figure printed as 0 pins its cells at 0. Rounded figures that disagree a little make it settle
 * near, not on, every margin; the LP then corrects it. Doubles here only propose a starting point.
 */
final class Raking {

  private static final int SWEEPS = 60;
  private static final double SETTLED = 1e-12;

  private Raking() {}

  /** The estimate in whole fen, within each cell's bounds. */
  static long[] estimate(IndexedProblem problem) {
    double[] cells = new double[problem.cellCount()];
    for (int c = 0; c < cells.length; c++) {
      cells[c] = problem.upperFen[c] == 0 ? 0 : 1;
    }
    for (int sweep = 0; sweep < SWEEPS; sweep++) {
      if (sweepOnce(problem, cells) < SETTLED) {
        break;
      }
    }
    long[] estimate = new long[cells.length];
    for (int c = 0; c < cells.length; c++) {
      estimate[c] = Math.min(Math.max(0, Math.round(cells[c])), problem.upperFen[c]);
    }
    return estimate;
  }

  /** One pass over all margins; returns the largest relative change it made. */
  private static double sweepOnce(IndexedProblem problem, double[] cells) {
    double largestChange = 0;
    for (int m = 0; m < problem.margins.length; m++) {
      double sum = 0;
      for (int c : problem.marginCells[m]) {
        sum += cells[c];
      }
      double published = Math.max(0, problem.margins[m].publishedFen());
      if (sum <= 0) {
        continue; // nothing to scale: a contradiction the LP will name, or a 0 already met
      }
      double factor = published / sum;
      largestChange = Math.max(largestChange, Math.abs(factor - 1));
      for (int c : problem.marginCells[m]) {
        cells[c] *= factor;
      }
    }
    return largestChange;
  }
}
