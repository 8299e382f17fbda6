package org.budgetledger.app.readmodel;

import java.time.Instant;

/**
 * The event a read model's processor failed on: its global index, payload type and id, the error
 * (the innermost cause's message), when it first failed, and how often it has been retried since.
 */
public record ProcessorFailure(
    long eventIndex, String eventType, String eventId, String error, Instant since, int attempts) {

  ProcessorFailure retried() {
    return new ProcessorFailure(eventIndex, eventType, eventId, error, since, attempts + 1);
  }
}
