package org.budgetledger.app.importer.reconstruction;

import java.util.List;
import org.budgetledger.core.model.Fen;

/**
 * A published margin that a candidate (or any) set of cells misses.
 *
 * @param sumFen the sum the cells have, or the closest sum the other margins allow
 * @param excessFen how far {@code sumFen} lies outside the margin's tolerance
 * @param conflictingMarginIds margins sharing cells with this one that are pinned at a bound, i.e.
 *     the figures that stand against it; empty when unknown
 */
public record MarginViolation(
    Margin margin, long sumFen, long excessFen, List<String> conflictingMarginIds) {

  public MarginViolation {
    conflictingMarginIds = List.copyOf(conflictingMarginIds);
  }

  /** One line for a report: which figure, where it is printed, and by how much it is missed. */
  public String describe() {
    String text =
        margin.id()
            + " "
            + margin.description()
            + ": published "
            + margin.describeFigure()
            + ", cells sum to "
            + Fen.of(sumFen).formatWan(6)
            + " 万元, "
            + excessFen
            + " 分 beyond tolerance";
    return conflictingMarginIds.isEmpty()
        ? text
        : text + "; conflicts with " + String.join(", ", conflictingMarginIds);
  }
}
