package org.budgetledger.app.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.budgetledger.app.inquiry.Progress;
import org.budgetledger.app.inquiry.diff.CellChange;
import org.budgetledger.app.inquiry.diff.ChangeSummary;
import org.budgetledger.app.inquiry.diff.TableDiff;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.budget.BudgetHeader;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.entries.EntryJournal;
import org.budgetledger.projections.entries.JournalEntry;
import org.budgetledger.projections.entries.PointInTime;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.TableKind;
import org.springframework.stereotype.Service;

/**
 * 回放: a budget's history entry by entry, in the order the ledger recorded them. Step n shows the
 * ledger as recorded just after the n-th entry, every effective date included, and marks the cells
 * that differ from the ledger just before it, by {@link TableDiff} as 对比 does.
 */
@Service
public class Replays {
  private final EntryJournal journal;
  private final BudgetSnapshots snapshots;
  private final TableDiff diff;
  private final ChangeSummary summary;

  public Replays(
      EntryJournal journal, BudgetSnapshots snapshots, TableDiff diff, ChangeSummary summary) {
    this.journal = journal;
    this.snapshots = snapshots;
    this.diff = diff;
    this.summary = summary;
  }

  public ReplayStep step(BudgetId id, TableKind kind, int requested) {
    List<JournalEntry> entries = journal.all(id);
    if (entries.isEmpty()) {
      throw new NoSuchElementException("budget " + id + " has no entry to replay");
    }
    int step = Math.min(Math.max(requested, 1), entries.size());
    JournalEntry entry = entries.get(step - 1);
    PointInTime before = EntryDetails.before(entry);
    PointInTime after = PointInTime.asOf(entry.recordedAt());
    BudgetView view = snapshots.view(id, after);
    BudgetHeader header = view.header();
    DisclosureTable table = snapshots.table(view, kind);
    boolean opened = snapshots.find(id, before).isEmpty();
    Map<String, Fen> old = opened ? everyFigure(table) : changed(id, kind, before, after);
    RenderedTable rendered = TableRenderer.render(header, table, Point.of(after), old);
    return new ReplayStep(
        header,
        step,
        entries.size(),
        JournalRow.of(entry, snapshots.documentUnit(view)),
        rendered,
        old.size(),
        opened ? List.of() : summary.changes(id, before, after, Progress.NONE).tables());
  }

  private Map<String, Fen> changed(
      BudgetId id, TableKind kind, PointInTime before, PointInTime after) {
    Map<String, Fen> old = new HashMap<>();
    for (CellChange c : diff.diff(id, kind.name(), before, after).changes()) {
      old.put(ChangedCell.key(c.row(), c.column()), Fen.of(c.oldFen()));
    }
    return old;
  }

  /** The first step made every figure of the table: each was zero before it. */
  private static Map<String, Fen> everyFigure(DisclosureTable table) {
    Map<String, Fen> old = new HashMap<>();
    table
        .rows()
        .forEach(
            r ->
                r.cells().stream()
                    .filter(c -> c.isMoney() && !c.amount().isZero())
                    .forEach(c -> old.put(ChangedCell.key(r.key(), c.columnKey()), Fen.ZERO)));
    return old;
  }
}
