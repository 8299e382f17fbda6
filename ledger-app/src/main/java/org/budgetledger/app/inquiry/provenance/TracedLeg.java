package org.budgetledger.app.inquiry.provenance;

import java.time.Instant;
import java.time.LocalDate;
import org.budgetledger.core.model.EntryType;
import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.entries.LegRow;

/**
 * One leg behind a cell, as an auditor reads it: the entry and its type (年初预算, 追加, 追减, 调剂, 结转, 冲销),
 * the signed amount (exact fen, and 万元 to 6 places), both times, who recorded it, its basis
 * (document and 文号), the reason, the entry a 冲销 cancels, and for a derived leg the rule that
 * derived it. {@code legId} ({@code event#leg}) identifies the leg across points in time.
 */
public record TracedLeg(
    String legId,
    String entryId,
    EntryType type,
    String typeName,
    String line,
    long amountFen,
    String amountWan,
    LocalDate effectiveDate,
    Instant recordedAt,
    String actor,
    String basisDocument,
    String basisNumber,
    String reason,
    String reversedEntryId,
    String derivationRule,
    String derivationNote) {

  public static TracedLeg of(LegRow leg) {
    return new TracedLeg(
        leg.eventId() + "#" + leg.legNo(),
        leg.entryId(),
        leg.entryType(),
        leg.entryType().chinese(),
        leg.isSpending() ? leg.line().canonical() : leg.income().canonical(),
        leg.amountFen(),
        Fen.of(leg.amountFen()).formatWan(6),
        leg.effectiveDate(),
        leg.recordedAt(),
        leg.actor(),
        leg.basisDocument(),
        leg.basisNumber(),
        leg.reason(),
        leg.reversedEntryId(),
        leg.derivationRule(),
        leg.derivationNote());
  }

  public boolean isDerived() {
    return derivationRule != null;
  }
}
