package org.budgetledger.app.inquiry.provenance;

import java.util.List;

/**
 * A cell's history in effective-date order, then recorded order: each step with its running value,
 * from zero to the cell's figure ({@code finalFen}).
 */
public record CellHistory(
    CellAddress cell, List<HistoryStep> steps, long finalFen, String finalWan) {
  public CellHistory {
    steps = List.copyOf(steps);
  }
}
