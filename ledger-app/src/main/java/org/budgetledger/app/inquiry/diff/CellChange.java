package org.budgetledger.app.inquiry.diff;

import java.util.List;
import org.budgetledger.app.inquiry.provenance.TracedLeg;

/**
 * A cell whose figure differs between two points in time: old and new values and the delta, in
 * exact fen and in 万元 to 6 places, and the legs that caused it: {@code addedLegs} count at the
 * later point only, {@code removedLegs} at the earlier point only (a diff backwards in time, or an
 * earlier effective date). {@code delta = Σ added − Σ removed}.
 */
public record CellChange(
    String row,
    String rowLabel,
    String column,
    String columnLabel,
    long oldFen,
    long newFen,
    long deltaFen,
    String oldWan,
    String newWan,
    String deltaWan,
    List<TracedLeg> addedLegs,
    List<TracedLeg> removedLegs) {
  public CellChange {
    addedLegs = List.copyOf(addedLegs);
    removedLegs = List.copyOf(removedLegs);
  }
}
