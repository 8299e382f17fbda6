package org.budgetledger.projections.entries;

import java.time.Instant;
import java.time.LocalDate;
import org.budgetledger.core.model.EntryType;
import org.budgetledger.core.model.IncomeEarmark;
import org.budgetledger.core.model.IncomeKey;
import org.budgetledger.core.model.LineKey;

/**
 * One leg as the entries read model holds it: the provenance of a cell is a list of these. Exactly
 * one of {@code line} and {@code income} is set; {@code earmark} only on income, null for none.
 */
public record LegRow(
    String eventId,
    int legNo,
    long globalIndex,
    String budgetId,
    String entryId,
    EntryType entryType,
    LineKey line,
    IncomeKey income,
    long amountFen,
    LocalDate effectiveDate,
    Instant recordedAt,
    String actor,
    String basisDocument,
    String basisNumber,
    String reason,
    String reversedEntryId,
    String derivationRule,
    String derivationNote,
    IncomeEarmark earmark) {

  public boolean isSpending() {
    return line != null;
  }
}
