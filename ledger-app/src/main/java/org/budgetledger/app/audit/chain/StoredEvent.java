package org.budgetledger.app.audit.chain;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One row of the event store as Axon's JDBC storage engine keeps it, in the textual form the audit
 * trail hashes.
 *
 * <p>{@code globalIndex} orders the log but is not hashed: the database assigns it, may leave gaps
 * after rolled-back transactions, and the Merkle tree uses the position in global order instead.
 * {@code timestamp}, {@code payload} and {@code metaData} are the exact stored text, because the
 * hash must be recomputable from what the database holds, not from a re-serialised object. {@code
 * payloadRevision} is {@code null} when the payload class has no {@code @Revision}.
 *
 * <p>An event read for verification keeps those three as the UTF-8 bytes the database sent ({@link
 * #ofStored}) and decodes them only when asked: the hashes are computed from the bytes, and
 * decoding every payload into a string was two thirds of the log reader's time. Equal events are
 * equal whichever way they were made.
 */
public final class StoredEvent {
  private final long globalIndex;
  private final String eventIdentifier;
  private final String aggregateIdentifier;
  private final long sequenceNumber;
  private final String payloadType;
  private final String payloadRevision;
  private final StoredBytes stored;
  // Decoded from stored on first use (a race decodes twice, to equal strings).
  private String timestamp;
  private String payload;
  private String metaData;

  public StoredEvent(
      long globalIndex,
      String eventIdentifier,
      String aggregateIdentifier,
      long sequenceNumber,
      String payloadType,
      String payloadRevision,
      String timestamp,
      String payload,
      String metaData) {
    this(
        globalIndex,
        eventIdentifier,
        aggregateIdentifier,
        sequenceNumber,
        payloadType,
        payloadRevision,
        null);
    requirePresent(timestamp, "timestamp");
    requirePresent(payload, "payload");
    requirePresent(metaData, "metaData");
    this.timestamp = timestamp;
    this.payload = payload;
    this.metaData = metaData;
  }

  private StoredEvent(
      long globalIndex,
      String eventIdentifier,
      String aggregateIdentifier,
      long sequenceNumber,
      String payloadType,
      String payloadRevision,
      StoredBytes stored) {
    requirePresent(eventIdentifier, "eventIdentifier");
    requirePresent(aggregateIdentifier, "aggregateIdentifier");
    requirePresent(payloadType, "payloadType");
    this.globalIndex = globalIndex;
    this.eventIdentifier = eventIdentifier;
    this.aggregateIdentifier = aggregateIdentifier;
    this.sequenceNumber = sequenceNumber;
    this.payloadType = payloadType;
    this.payloadRevision = payloadRevision;
    this.stored = stored;
  }

  /** An event whose timestamp, payload and metadata are {@code stored}'s bytes, decoded lazily. */
  public static StoredEvent ofStored(
      long globalIndex,
      String eventIdentifier,
      String aggregateIdentifier,
      long sequenceNumber,
      String payloadType,
      String payloadRevision,
      StoredBytes stored) {
    if (stored == null) {
      throw new IllegalArgumentException("stored event has no stored bytes");
    }
    return new StoredEvent(
        globalIndex,
        eventIdentifier,
        aggregateIdentifier,
        sequenceNumber,
        payloadType,
        payloadRevision,
        stored);
  }

  private static void requirePresent(Object value, String field) {
    if (value == null) {
      throw new IllegalArgumentException("stored event has no " + field);
    }
  }

  public long globalIndex() {
    return globalIndex;
  }

  public String eventIdentifier() {
    return eventIdentifier;
  }

  public String aggregateIdentifier() {
    return aggregateIdentifier;
  }

  public long sequenceNumber() {
    return sequenceNumber;
  }

  public String payloadType() {
    return payloadType;
  }

  public String payloadRevision() {
    return payloadRevision;
  }

  public String timestamp() {
    if (timestamp == null) {
      timestamp = utf8(stored.timestamp());
    }
    return timestamp;
  }

  public String payload() {
    if (payload == null) {
      payload = utf8(stored.payload());
    }
    return payload;
  }

  public String metaData() {
    if (metaData == null) {
      metaData = utf8(stored.metaData());
    }
    return metaData;
  }

  private static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** Where the event sits in the log and its chain, for messages an auditor can act on. */
  public String describe() {
    return "event "
        + eventIdentifier
        + " (aggregate "
        + aggregateIdentifier
        + ", sequence "
        + sequenceNumber
        + ", global index "
        + globalIndex
        + ")";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StoredEvent e
        && globalIndex == e.globalIndex
        && sequenceNumber == e.sequenceNumber
        && eventIdentifier.equals(e.eventIdentifier)
        && aggregateIdentifier.equals(e.aggregateIdentifier)
        && payloadType.equals(e.payloadType)
        && Objects.equals(payloadRevision, e.payloadRevision)
        && timestamp().equals(e.timestamp())
        && payload().equals(e.payload())
        && metaData().equals(e.metaData());
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        globalIndex,
        eventIdentifier,
        aggregateIdentifier,
        sequenceNumber,
        payloadType,
        payloadRevision,
        timestamp(),
        payload(),
        metaData());
  }

  @Override
  public String toString() {
    return "StoredEvent["
        + describe()
        + ", "
        + payloadType
        + " revision "
        + payloadRevision
        + ", "
        + timestamp()
        + ", payload "
        + payload()
        + ", metaData "
        + metaData()
        + "]";
  }
}
