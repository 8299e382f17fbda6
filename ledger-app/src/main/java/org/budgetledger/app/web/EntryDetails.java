package org.budgetledger.app.web;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.NoSuchElementException;
import org.budgetledger.app.inquiry.provenance.TracedLeg;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.MoneyUnit;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.entries.EntryJournal;
import org.budgetledger.projections.entries.JournalEntry;
import org.budgetledger.projections.entries.LedgerQueries;
import org.budgetledger.projections.entries.PointInTime;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Reads one entry for its page. What it changed is 对比 of the ledger just before it was recorded
 * with the ledger just after (both with every effective date): the read model keeps times to the
 * microsecond, so one microsecond before its recorded time is the ledger without it.
 */
@Service
public class EntryDetails {
  private final EntryJournal journal;
  private final LedgerQueries ledger;
  private final Comparisons comparisons;
  private final BudgetSnapshots snapshots;
  private final MessageSource messages;

  public EntryDetails(
      EntryJournal journal,
      LedgerQueries ledger,
      Comparisons comparisons,
      BudgetSnapshots snapshots,
      MessageSource messages) {
    this.messages = messages;
    this.journal = journal;
    this.ledger = ledger;
    this.comparisons = comparisons;
    this.snapshots = snapshots;
  }

  public EntryDetail of(BudgetId id, String entryId) {
    JournalEntry e =
        journal
            .entry(id, entryId)
            .orElseThrow(() -> new NoSuchElementException("no entry " + entryId + " in " + id));
    BudgetView latest = snapshots.view(id, PointInTime.LATEST);
    MoneyUnit unit = snapshots.documentUnit(latest);
    List<LegView> legs =
        ledger.entry(id, entryId).stream()
            .map(TracedLeg::of)
            .map(l -> LegView.of(l, unit, LegView.words(messages)))
            .toList();
    PointInTime before = before(e);
    PointInTime after = PointInTime.asOf(e.recordedAt());
    // A 年初预算 or the first entry made every figure: its changes are the tables themselves.
    List<ChangedCell> changes =
        snapshots.find(id, before).isEmpty()
            ? null
            : comparisons.compare(id, Point.of(before), Point.of(after)).changes();
    String compareHref =
        "/budgets/" + id + "/compare?fromAsOf=" + before.asOf() + "&toAsOf=" + after.asOf();
    return new EntryDetail(
        latest.header(),
        unit,
        JournalRow.of(e, unit),
        legs.stream().filter(l -> !l.spending()).toList(),
        legs.stream().filter(l -> l.spending() && l.negative()).toList(),
        legs.stream().filter(l -> l.spending() && !l.negative()).toList(),
        journal.reversalsOf(id, entryId),
        changes,
        compareHref);
  }

  /** The ledger without the entry: recorded up to a microsecond before it. */
  static PointInTime before(JournalEntry e) {
    return PointInTime.asOf(e.recordedAt().minus(1, ChronoUnit.MICROS));
  }
}
