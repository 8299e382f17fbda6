package org.budgetledger.app.adjustment;

import java.util.List;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.EntryId;
import org.budgetledger.core.model.MoneyUnit;
import org.springframework.stereotype.Service;

/**
 * Records an adjustment file, the same for the command line and REST: read every entry, preview the
 * table cells they change, then record them all in one transaction (or, on a dry run, check them
 * against the budget's rules and roll back).
 */
@Service
public class Adjustments {
  private final AdjustmentBatch batch;
  private final TablePreview preview;

  public Adjustments(AdjustmentBatch batch, TablePreview preview) {
    this.batch = batch;
    this.preview = preview;
  }

  /** {@code typedIn}: the unit of the amounts of an entry that names none. */
  public AdjustmentOutcome apply(
      BudgetId budget,
      String fileName,
      byte[] content,
      Actor actor,
      MoneyUnit typedIn,
      boolean dryRun) {
    return apply(budget, AdjustmentFile.read(fileName, content, budget, actor, typedIn), dryRun);
  }

  /**
   * Entries already read (the web form's one entry, for instance): the cells they change, and the
   * budget's rules checked exactly as on recording; {@link AdjustmentRejectedException} when an
   * entry breaks one. With {@code dryRun} nothing is recorded.
   */
  public AdjustmentOutcome apply(BudgetId budget, List<AdjustmentEntry> entries, boolean dryRun) {
    List<CellPreview> changes = preview.changes(budget, entries);
    List<EntryId> ids = batch.record(entries, dryRun);
    return new AdjustmentOutcome(
        budget.toString(), !dryRun, ids.stream().map(EntryId::value).toList(), changes);
  }
}
