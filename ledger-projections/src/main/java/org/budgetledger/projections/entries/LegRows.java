package org.budgetledger.projections.entries;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.budgetledger.core.budget.api.EntryRecordedEvent;
import org.budgetledger.core.model.IncomeLeg;
import org.budgetledger.core.model.SpendingLeg;

/**
 * The leg rows of one journal entry (记账分录): spending legs first, then income legs, numbered in that
 * order. The one place they are built, so the projector and the bulk rebuild cannot differ.
 */
public final class LegRows {
  private LegRows() {}

  /** The rows of {@code e}, stored as event {@code eventId} at {@code globalIndex}. */
  public static List<LegRow> of(
      EntryRecordedEvent e, String eventId, long globalIndex, Instant recordedAt) {
    List<LegRow> rows = new ArrayList<>(e.spendingLegs().size() + e.incomeLegs().size());
    int legNo = 0;
    String budgetId = e.budgetId().toString();
    for (SpendingLeg leg : e.spendingLegs()) {
      rows.add(row(e, budgetId, eventId, globalIndex, recordedAt, legNo++, leg, null));
    }
    for (IncomeLeg leg : e.incomeLegs()) {
      rows.add(row(e, budgetId, eventId, globalIndex, recordedAt, legNo++, null, leg));
    }
    return rows;
  }

  private static LegRow row(
      EntryRecordedEvent e,
      String budgetId,
      String eventId,
      long globalIndex,
      Instant recordedAt,
      int legNo,
      SpendingLeg spending,
      IncomeLeg income) {
    var derivation = spending != null ? spending.derivation() : income.derivation();
    return new LegRow(
        eventId,
        legNo,
        globalIndex,
        budgetId,
        e.entryId().value(),
        e.type(),
        spending == null ? null : spending.key(),
        income == null ? null : income.key(),
        (spending != null ? spending.amount() : income.amount()).value(),
        e.effectiveDate(),
        recordedAt,
        e.actor().value(),
        e.basis().document(),
        e.basis().number(),
        e.reason(),
        e.reversedEntryId() == null ? null : e.reversedEntryId().value(),
        derivation == null ? null : derivation.rule(),
        derivation == null ? null : derivation.explanation(),
        income == null ? null : income.earmark());
  }
}
