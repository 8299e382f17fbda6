package org.budgetledger.projections.facts;

import java.time.Instant;
import java.time.LocalDate;

/** One non-money event of a budget as the {@code budget_fact} table holds it. */
public record FactRow(
    String eventId,
    long globalIndex,
    String budgetId,
    String factType,
    LocalDate effectiveDate,
    Instant recordedAt,
    String actor,
    String payloadJson) {}
