package org.budgetledger.app.web;

import java.time.Instant;
import java.time.LocalDate;
import org.budgetledger.core.model.EntryType;
import org.budgetledger.core.model.Fen;

/** One entry's contribution to a cell, and the cell's value after it (in effective order). */
public record HistoryStep(String entryId, EntryType type, LocalDate effectiveDate,
    Instant recordedAt, Fen delta, Fen running) {}
