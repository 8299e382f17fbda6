package org.budgetledger.projections.entries;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The two times of a bitemporal question: {@code asOf}, what the ledger had recorded by then, and
 * {@code effective}, the budget in force on that date. Null means latest.
 */
public record PointInTime(Instant asOf, LocalDate effective) {
  public static final PointInTime LATEST = new PointInTime(null, null);

  public static PointInTime asOf(Instant asOf) {
    return new PointInTime(asOf, null);
  }

  public static PointInTime effective(LocalDate effective) {
    return new PointInTime(null, effective);
  }

  public boolean includes(Instant recordedAt, LocalDate effectiveDate) {
    return (asOf == null || !recordedAt.isAfter(asOf))
        && (effective == null || !effectiveDate.isAfter(effective));
  }

  @Override
  public String toString() {
    return "as of "
        + (asOf == null ? "latest" : asOf)
        + ", effective "
        + (effective == null ? "latest" : effective);
  }
}
