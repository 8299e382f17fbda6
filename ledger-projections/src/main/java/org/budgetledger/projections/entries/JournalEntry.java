package org.budgetledger.projections.entries;

import java.time.Instant;
import java.time.LocalDate;
import org.budgetledger.core.model.EntryType;

/**
 * One entry of a budget's journal (分录列表), summed from its legs: what it is, both times, who
 * recorded it on what basis, and its money on the spending side. {@code increaseFen} and {@code
 * decreaseFen} (negative or zero) are its spending legs above and below zero: a 追加 only increases,
 * a 调剂 moves {@code increaseFen} from some lines to others.
 */
public record JournalEntry(
    String entryId,
    EntryType type,
    LocalDate effectiveDate,
    Instant recordedAt,
    String actor,
    String basisDocument,
    String basisNumber,
    String reason,
    String reversedEntryId,
    int legs,
    long increaseFen,
    long decreaseFen,
    long globalIndex) {

  /** The money the entry moves: its increases, or its decreases when it only decreases. */
  public long amountFen() {
    return Math.max(increaseFen, -decreaseFen);
  }

  /** Its net change of spending: zero for a 调剂. */
  public long netFen() {
    return Math.addExact(increaseFen, decreaseFen);
  }
}
