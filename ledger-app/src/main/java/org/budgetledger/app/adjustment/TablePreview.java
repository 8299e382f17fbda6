package org.budgetledger.app.adjustment;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.budgetledger.app.inquiry.diff.TableDiff;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.budget.BudgetViews;
import org.budgetledger.projections.entries.LedgerQueries;
import org.budgetledger.projections.entries.PointInTime;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.document.DisclosureTables;
import org.springframework.stereotype.Component;

/**
 * Which cells of the 13 disclosure tables a batch would change: the tables of the budget at its
 * latest, and of the same view with the batch's legs added in memory, compared cell by cell by
 * {@link TableDiff}, as a diff between two points in time is. Nothing is written; the figures come
 * from the same builders as the published tables.
 */
@Component
public class TablePreview {
  private final BudgetViews views;
  private final LedgerQueries queries;
  private final DisclosureTables tables;

  public TablePreview(BudgetViews views, LedgerQueries queries, DisclosureTables tables) {
    this.views = views;
    this.queries = queries;
    this.tables = tables;
  }

  public List<CellPreview> changes(BudgetId budget, List<AdjustmentEntry> entries) {
    BudgetView before =
        views
            .at(budget, PointInTime.LATEST)
            .orElseThrow(() -> new NoSuchElementException("no budget " + budget));
    BudgetView after = BatchLegs.of(budget, entries, queries).applyTo(before);
    return diff(tables.build(before), tables.build(after));
  }

  static List<CellPreview> diff(List<DisclosureTable> before, List<DisclosureTable> after) {
    List<CellPreview> changes = new ArrayList<>();
    for (int t = 0; t < after.size(); t++) {
      DisclosureTable now = after.get(t);
      for (TableDiff.Changed c : TableDiff.changed(before.get(t), now)) {
        changes.add(
            new CellPreview(
                now.number(),
                now.title(),
                c.row(),
                c.column(),
                c.oldAmount().value(),
                c.newAmount().value(),
                now.unit()));
      }
    }
    return changes;
  }
}
