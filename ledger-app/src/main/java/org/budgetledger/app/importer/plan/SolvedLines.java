package org.budgetledger.app.importer.plan;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The solved lines of a plan, those of one unit ({@code unit}) or all: what the income groups of
 * {@link IncomePlanner} spend.
 */
record SolvedLines(List<LineCell> cells, Map<String, Long> valuesFen, Predicate<LineCell> unit) {

  static SolvedLines all(List<LineCell> cells, Map<String, Long> valuesFen) {
    return new SolvedLines(cells, valuesFen, c -> true);
  }

  SolvedLines of(Predicate<LineCell> unitCells) {
    return new SolvedLines(cells, valuesFen, unitCells);
  }

  /** The unit's lines the selection takes, summed in fen. */
  long fen(Predicate<LineCell> select) {
    return cells.stream()
        .filter(unit.and(select))
        .mapToLong(c -> valuesFen.get(c.id()))
        .reduce(0, Math::addExact);
  }
}
