package org.budgetledger.app.importer.reconstruction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.ojalgo.optimisation.integer.IntegerStrategy;

/**
 * The second repair, for what the greedy {@link IntegerRepair} cannot fix: exact margins in three
 * or more overlapping hierarchies can need a cycle of moves (+1, −1, +1, −1 fen over four cells)
 * that no single or paired move starts. A small integer programme (ojAlgo branch and bound, one
 * thread so the answer is deterministic) finds the least total change on the cells of the missed
 * margins, widened ring by ring to the cells sharing a margin with them. Doubles appear only in
 * ojAlgo's answer, which is rounded to whole fen and then verified exactly by the solver.
 */
final class MipRepair {

  private static final int RINGS = 3;
  private static final int MAX_CELLS = 120;

  private MipRepair() {}

  /** A copy of {@code values} meeting every margin, or {@code values} unchanged if none found. */
  static long[] repair(IndexedProblem problem, long[] values) {
    long[] sums = problem.sums(values);
    List<Integer> missed = new ArrayList<>();
    long excess = 0;
    for (int m = 0; m < sums.length; m++) {
      if (problem.margins[m].excessFen(sums[m]) > 0) {
        excess = Math.addExact(excess, problem.margins[m].excessFen(sums[m]));
        missed.add(m);
      }
    }
    if (missed.isEmpty()) {
      return values;
    }
    // Rounding leaves a few fen to move; bounding each change keeps branch and bound small and
    // its doubles far from the magnitudes where they lose whole fen.
    long maxChange = Math.addExact(Math.multiplyExact(excess, 4), 10);
    TreeSet<Integer> cells = new TreeSet<>();
    addFinestFirst(problem, missed, cells);
    for (int ring = 0; ring < RINGS; ring++) {
      Optional<long[]> repaired = leastChange(problem, values, sums, cells, maxChange);
      if (repaired.isPresent()) {
        return repaired.get();
      }
      int before = cells.size();
      List<Integer> touching = new ArrayList<>();
      cells.forEach(c -> Arrays.stream(problem.cellMargins[c]).forEach(touching::add));
      addFinestFirst(problem, touching, cells);
      if (cells.size() == before) {
        break;
      }
    }
    return values;
  }

  /**
   * Adds the cells of {@code margins}, finest margin first, while the set stays within {@link
   * #MAX_CELLS} (the finest always goes in): a missed grand total must not drag every cell into the
   * integer programme, since a few cells of the finer missed margins can usually fix it too.
   */
  private static void addFinestFirst(
      IndexedProblem problem, List<Integer> margins, TreeSet<Integer> cells) {
    List<Integer> order = new ArrayList<>(new TreeSet<>(margins));
    order.sort(Comparator.comparingInt(m -> problem.marginCells[m].length));
    for (int m : order) {
      TreeSet<Integer> wider = new TreeSet<>(cells);
      Arrays.stream(problem.marginCells[m]).forEach(wider::add);
      if (wider.size() <= MAX_CELLS || cells.isEmpty()) {
        cells.addAll(wider);
      }
    }
  }

  private static Optional<long[]> leastChange(
      IndexedProblem problem, long[] values, long[] sums, TreeSet<Integer> cells, long maxChange) {
    ExpressionsBasedModel model = new ExpressionsBasedModel();
    model.options.integer(IntegerStrategy.newConfigurable().withParallelism(() -> 1));
    Variable[] rise = new Variable[problem.cellCount()];
    Variable[] fall = new Variable[problem.cellCount()];
    TreeSet<Integer> touched = new TreeSet<>();
    for (int c : cells) {
      long headroom = Math.min(maxChange, problem.upperFen[c] - values[c]);
      long footroom = Math.min(maxChange, values[c]);
      rise[c] = model.addVariable("rise" + c).integer(true).lower(0).upper(headroom).weight(1);
      fall[c] = model.addVariable("fall" + c).integer(true).lower(0).upper(footroom).weight(1);
      Arrays.stream(problem.cellMargins[c]).forEach(touched::add);
    }
    for (int m : touched) {
      Expression change = model.addExpression("m" + m);
      for (int c : problem.marginCells[m]) {
        if (rise[c] != null) {
          change.set(rise[c], 1).set(fall[c], -1);
        }
      }
      Margin margin = problem.margins[m];
      change.lower(margin.lowerFen() - sums[m]).upper(margin.upperFen() - sums[m]);
    }
    Optimisation.Result result = model.minimise();
    if (!result.getState().isFeasible()) {
      return Optional.empty();
    }
    long[] repaired = values.clone();
    for (int c : cells) {
      repaired[c] +=
          Math.round(result.doubleValue(model.indexOf(rise[c])))
              - Math.round(result.doubleValue(model.indexOf(fall[c])));
    }
    return Optional.of(repaired);
  }
}
