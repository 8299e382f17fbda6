package org.budgetledger.app.audit;

/**
 * One row of the event store as Axon's JDBC storage engine keeps it, in the textual form the
 * audit trail hashes.
 *
 * <p>{@code globalIndex} orders the log but is not hashed: the database assigns it, may leave gaps
 * after rolled-back transactions, and the Merkle tree uses the position in global order instead.
 * {@code timestamp}, {@code payload} and {@code metaData} are the exact stored text, because the
 * hash must be recomputable from what the database holds, not from a re-serialised object.
 * {@code payloadRevision} is {@code null} when the payload class has no {@code @Revision}.
 */
public record StoredEvent(
    long globalIndex,
    String eventIdentifier,
    String aggregateIdentifier,
    long sequenceNumber,
    String payloadType,
    String payloadRevision,
    String timestamp,
    String payload,
    String metaData) {

  public StoredEvent {
    requirePresent(eventIdentifier, "eventIdentifier");
    requirePresent(aggregateIdentifier, "aggregateIdentifier");
    requirePresent(payloadType, "payloadType");
    requirePresent(timestamp, "timestamp");
    requirePresent(payload, "payload");
    requirePresent(metaData, "metaData");
  }

  private static void requirePresent(String value, String field) {
    if (value == null) {
      throw new IllegalArgumentException("stored event has no " + field);
    }
  }

  /** Where the event sits in the log and its chain, for messages an auditor can act on. */
  public String describe() {
    return "event " + eventIdentifier + " (aggregate " + aggregateIdentifier + ", sequence "
        + sequenceNumber + ", global index " + globalIndex + ")";
  }
}
