package org.budgetledger.app.web;

import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.entries.JournalEntry;

/**
 * An entry as 分录列表, 回放 and the entry page print it: times in Beijing time with seconds, amounts
 * exact (6 decimals of 万元: an entry is exact fen, whatever the document prints).
 */
public record JournalRow(
    String entryId,
    String type,
    String effectiveDate,
    String recordedAt,
    String actor,
    String basisDocument,
    String basisNumber,
    String reason,
    String reversedEntryId,
    int legs,
    String amountText,
    String netText,
    String recordedAtIso) {

  static JournalRow of(JournalEntry e) {
    return new JournalRow(
        e.entryId(),
        e.type().name(),
        e.effectiveDate().toString(),
        Point.shown(e.recordedAt()),
        e.actor(),
        e.basisDocument(),
        e.basisNumber(),
        e.reason() == null ? "" : e.reason(),
        e.reversedEntryId(),
        e.legs(),
        Fen.of(e.amountFen()).formatWan(6),
        signed(Fen.of(e.netFen())),
        e.recordedAt().toString());
  }

  /** A change with its sign: +2.000000, −0.500000 (a true minus sign), 0.000000. */
  static String signed(Fen change) {
    String text = change.abs().formatWan(6);
    return change.isPositive() ? "+" + text : change.isNegative() ? "\u2212" + text : text;
  }
}
