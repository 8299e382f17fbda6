package org.budgetledger.app.inquiry.provenance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.budgetledger.core.model.EntryType;

/**
 * One change of a cell: an entry's legs in the cell, the change they made ({@code deltaFen}) and
 * the cell's value after it ({@code runningFen}): one bar of a waterfall, one point of a timeline.
 */
public record HistoryStep(
    String entryId,
    EntryType type,
    String typeName,
    LocalDate effectiveDate,
    Instant recordedAt,
    long deltaFen,
    String deltaWan,
    long runningFen,
    String runningWan,
    String basisDocument,
    String basisNumber,
    String reason,
    List<String> legIds) {
  public HistoryStep {
    legIds = List.copyOf(legIds);
  }
}
