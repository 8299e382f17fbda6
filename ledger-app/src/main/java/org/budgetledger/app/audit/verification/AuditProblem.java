package org.budgetledger.app.audit.verification;

import org.budgetledger.app.audit.chain.StoredEvent;

/**
 * The first thing wrong with the log.
 *
 * <p>{@code position} is the 0-based place in global order, which is also the Merkle leaf index.
 * The event fields describe the event at that position; they are {@code null} (and the numbers -1)
 * when there is none, as when the log ends before a checkpoint's tree size. A checkpoint whose
 * signature fails has no position either (-1): no event was read.
 */
public record AuditProblem(
    ProblemKind kind,
    long position,
    long globalIndex,
    String eventIdentifier,
    String aggregateIdentifier,
    long sequenceNumber,
    String message) {

  static AuditProblem at(ProblemKind kind, long position, StoredEvent event, String message) {
    if (event == null) {
      return new AuditProblem(kind, position, -1, null, null, -1, message);
    }
    return new AuditProblem(
        kind,
        position,
        event.globalIndex(),
        event.eventIdentifier(),
        event.aggregateIdentifier(),
        event.sequenceNumber(),
        message);
  }

  @Override
  public String toString() {
    return kind + " at position " + position + ": " + message;
  }
}
