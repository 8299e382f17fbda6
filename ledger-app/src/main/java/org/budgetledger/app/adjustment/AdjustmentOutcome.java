package org.budgetledger.app.adjustment;

import java.util.List;

/**
 * What a file did or, on a dry run, would do: the ids of its entries in the file's order and the
 * table cells they change. {@code recorded} is false on a dry run.
 */
public record AdjustmentOutcome(
    String budgetId, boolean recorded, List<String> entryIds, List<CellPreview> changes) {
  public AdjustmentOutcome {
    entryIds = List.copyOf(entryIds);
    changes = List.copyOf(changes);
  }
}
