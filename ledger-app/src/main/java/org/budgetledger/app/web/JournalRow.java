package org.budgetledger.app.web;

import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.MoneyUnit;
import org.budgetledger.projections.entries.JournalEntry;

/**
 * An entry as 分录列表, 回放 and the entry page print it: times in Beijing time with seconds, amounts
 * exact in the unit of the document's 收支总表 (an entry belongs to no one table; it is exact fen, 2
 * decimals of 元 or 6 of 万元, whatever the document prints).
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
    String recordedAtIso,
    MoneyUnit unit) {

  static JournalRow of(JournalEntry e, MoneyUnit unit) {
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
        unit.exact(e.amountFen()),
        signed(unit, Fen.of(e.netFen())),
        e.recordedAt().toString(),
        unit);
  }

  /** A change in 万元 with its sign: +2.000000, −0.500000 (a true minus sign), 0.000000. */
  static String signed(Fen change) {
    return signed(MoneyUnit.WAN_YUAN, change);
  }

  /** A change exact in {@code unit} with its sign (a true minus sign). */
  static String signed(MoneyUnit unit, Fen change) {
    String text = unit.exact(change.abs());
    return change.isPositive() ? "+" + text : change.isNegative() ? "\u2212" + text : text;
  }
}
