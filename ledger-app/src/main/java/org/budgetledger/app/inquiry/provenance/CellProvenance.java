package org.budgetledger.app.inquiry.provenance;

import java.util.List;

/**
 * Where a cell's figure comes from. {@code source} says which kind: {@code legs} (the ledger legs
 * listed, which sum exactly to {@code amountFen}), {@code tags} (the spending tags listed), {@code
 * fact} or {@code layout} (no money behind it; {@code explanation} says what it is).
 */
public record CellProvenance(
    CellAddress cell,
    String display,
    Long amountFen,
    String source,
    String explanation,
    List<TracedLeg> legs,
    List<TracedTag> tags) {
  public CellProvenance {
    legs = List.copyOf(legs);
    tags = List.copyOf(tags);
  }
}
