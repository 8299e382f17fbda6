package org.budgetledger.app.importer.reconstruction;

import java.util.Optional;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The linear programmes behind {@link MarginSolver}. This is the only place amounts are doubles:
 * the LP only proposes cell values, which the solver rounds to long fen, repairs and verifies
 * exactly, so a floating-point error can cost a solution but never produce a wrong one.
 */
final class MarginLp {

  /** Cell values and, per margin, how far the LP had to stretch it (elastic model only). */
  record LpResult(double[] cells, double[] stretch) {}

  private MarginLp() {}

  /**
   * Cells within every margin's {@code [published − allowed, published + allowed]}, changed as
   * little as possible (least total absolute change, in fen) from {@code estimate}. Each cell is
   * the estimate plus a rise minus a fall, both at least 0: the simplex starts at the estimate,
   * where most margins already hold, so it only works on the few that do not. Empty if infeasible.
   */
  static Optional<double[]> closestTo(IndexedProblem problem, long[] allowedFen, long[] estimate) {
    ExpressionsBasedModel model = newModel();
    Variable[] rise = new Variable[problem.cellCount()];
    Variable[] fall = new Variable[problem.cellCount()];
    for (int c = 0; c < rise.length; c++) {
      rise[c] = model.addVariable("rise" + c).lower(0).weight(1);
      if (problem.upperFen[c] != CellVar.UNBOUNDED) {
        rise[c].upper(problem.upperFen[c] - estimate[c]);
      }
      fall[c] =
          estimate[c] == 0
              ? null
              : model.addVariable("fall" + c).lower(0).upper(estimate[c]).weight(1);
    }
    for (int m = 0; m < problem.margins.length; m++) {
      if (problem.marginCells[m].length == 0) {
        continue; // the solver has checked these against 0 already
      }
      long estimated = 0;
      Expression change = model.addExpression("m" + m);
      for (int c : problem.marginCells[m]) {
        estimated = Math.addExact(estimated, estimate[c]);
        change.set(rise[c], 1);
        if (fall[c] != null) {
          change.set(fall[c], -1);
        }
      }
      long published = problem.margins[m].publishedFen();
      change
          .lower(published - allowedFen[m] - estimated)
          .upper(published + allowedFen[m] - estimated);
    }
    Optimisation.Result result = model.minimise();
    if (!result.getState().isFeasible()) {
      return Optional.empty();
    }
    double[] cells = new double[rise.length];
    for (int c = 0; c < cells.length; c++) {
      cells[c] =
          estimate[c]
              + result.doubleValue(model.indexOf(rise[c]))
              - (fall[c] == null ? 0 : result.doubleValue(model.indexOf(fall[c])));
    }
    return Optional.of(cells);
  }

  /**
   * Every margin may be stretched beyond its tolerance at a cost of one per fen; the least total
   * stretch shows which margins cannot all hold together. Used only to explain an infeasibility.
   */
  static LpResult leastStretch(IndexedProblem problem) {
    long[] allowed = new long[problem.margins.length];
    for (int m = 0; m < allowed.length; m++) {
      allowed[m] = problem.margins[m].toleranceFen();
    }
    return leastStretch(problem, allowed);
  }

  /** As {@link #leastStretch(IndexedProblem)}, each margin's bounds {@code allowedFen} wide. */
  static LpResult leastStretch(IndexedProblem problem, long[] allowedFen) {
    ExpressionsBasedModel model = newModel();
    Variable[] cells = cellVariables(model, problem);
    Variable[][] stretch = new Variable[problem.margins.length][];
    for (int m = 0; m < problem.margins.length; m++) {
      Margin margin = problem.margins[m];
      Expression sum =
          marginSum(model, problem, cells, m)
              .lower(margin.publishedFen() - allowedFen[m])
              .upper(margin.publishedFen() + allowedFen[m]);
      Variable up = model.addVariable("up" + m).lower(0).weight(1);
      Variable down = model.addVariable("down" + m).lower(0).weight(1);
      sum.set(up, 1).set(down, -1);
      stretch[m] = new Variable[] {up, down};
    }
    Optimisation.Result result = model.minimise();
    if (!result.getState().isFeasible()) {
      throw new IllegalStateException(
          "the stretched model is always feasible, yet ojAlgo says " + result.getState());
    }
    double[] stretched = new double[stretch.length];
    for (int m = 0; m < stretch.length; m++) {
      stretched[m] =
          result.doubleValue(model.indexOf(stretch[m][0]))
              + result.doubleValue(model.indexOf(stretch[m][1]));
    }
    return new LpResult(values(result, cells.length), stretched);
  }

  /** The default ojAlgo LP (dense primal simplex): faster here than its sparse or dual variants. */
  private static ExpressionsBasedModel newModel() {
    return new ExpressionsBasedModel();
  }

  private static Variable[] cellVariables(ExpressionsBasedModel model, IndexedProblem problem) {
    Variable[] cells = new Variable[problem.cellCount()];
    for (int c = 0; c < cells.length; c++) {
      cells[c] = model.addVariable("x" + c).lower(0);
      if (problem.upperFen[c] != CellVar.UNBOUNDED) {
        cells[c].upper(problem.upperFen[c]);
      }
    }
    return cells;
  }

  private static Expression marginSum(
      ExpressionsBasedModel model, IndexedProblem problem, Variable[] cells, int m) {
    Expression sum = model.addExpression("m" + m);
    for (int c : problem.marginCells[m]) {
      sum.set(cells[c], 1);
    }
    return sum;
  }

  private static double[] values(Optimisation.Result result, int count) {
    double[] values = new double[count];
    for (int c = 0; c < count; c++) {
      values[c] = result.doubleValue(c);
    }
    return values;
  }
}
