package org.budgetledger.app.audit.verification;

import java.util.HexFormat;
import org.budgetledger.app.audit.chain.HashedEvent;
import org.budgetledger.app.audit.chain.StoredEvent;

/**
 * One line of an exported event log: a stored event and its recorded hash (hex, or null if none).
 *
 * <p>Payload and metadata stay JSON strings inside the line rather than nested objects: the hash
 * covers their exact stored text, which re-serialising a parsed tree would not preserve.
 */
record ExportLine(
    long globalIndex,
    String eventIdentifier,
    String aggregateIdentifier,
    long sequenceNumber,
    String payloadType,
    String payloadRevision,
    String timestamp,
    String payload,
    String metaData,
    String hash) {

  static ExportLine of(HashedEvent hashed) {
    StoredEvent e = hashed.event();
    return new ExportLine(
        e.globalIndex(),
        e.eventIdentifier(),
        e.aggregateIdentifier(),
        e.sequenceNumber(),
        e.payloadType(),
        e.payloadRevision(),
        e.timestamp(),
        e.payload(),
        e.metaData(),
        hashed.storedHashHex());
  }

  HashedEvent toHashedEvent() {
    StoredEvent event =
        new StoredEvent(
            globalIndex,
            eventIdentifier,
            aggregateIdentifier,
            sequenceNumber,
            payloadType,
            payloadRevision,
            timestamp,
            payload,
            metaData);
    return new HashedEvent(event, hash == null ? null : HexFormat.of().parseHex(hash));
  }
}
