package org.budgetledger.app.store;

import static org.axonframework.common.jdbc.JdbcUtils.executeBatch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.budgetledger.app.audit.StoredEvent;

/**
 * Axon's JDBC engine that also writes each event's audit chain hash, in the same transaction as
 * the event: the unit of work's transaction, joined here, with the same connection. An event
 * therefore never exists without its hash, nor a hash without its event, whatever fails after.
 *
 * <p>The events are serialised once, here, and the very strings bound to the INSERT are the ones
 * hashed: payload and metadata JSON, and the timestamp as Axon formats it ({@link
 * DateTimeUtils#formatInstant}, what {@code writeTimestamp} stores). Events that are not domain
 * events are stored as Axon stores them, as aggregate = event id, sequence 0, each its own chain.
 * Snapshots are not hashed: they are derived from the events and may be discarded.
 */
public class HashingEventStorageEngine extends JdbcEventStorageEngine {

  private final TransactionManager transactions;
  private final EventHashWriter hashes;

  public HashingEventStorageEngine(Builder builder, TransactionManager transactions,
      EventHashWriter hashes) {
    super(builder);
    this.transactions = transactions;
    this.hashes = hashes;
  }

  @Override
  protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
    if (events.isEmpty()) {
      return;
    }
    transactions.executeInTransaction(() -> {
      List<StoredEvent> stored = new ArrayList<>(events.size());
      executeBatch(getConnection(), connection -> {
        hashes.beforeAppend(connection);
        return insertEvents(connection, events, serializer, stored);
      }, e -> handlePersistenceException(e, events.get(0)));
      // A duplicate chain place here is a concurrent writer, resolved like one on the event table.
      executeBatch(getConnection(), connection -> hashes.insertHashes(connection, stored),
          e -> handlePersistenceException(e, events.get(0)));
    });
  }

  private PreparedStatement insertEvents(Connection connection,
      List<? extends EventMessage<?>> events, Serializer serializer, List<StoredEvent> stored)
      throws SQLException {
    EventSchema schema = schema();
    PreparedStatement statement = connection.prepareStatement("INSERT INTO "
        + schema.domainEventTable() + " (" + schema.domainEventFields() + ") VALUES (?,?,?,?,?,?,?,?,?)");
    for (EventMessage<?> message : events) {
      DomainEventMessage<?> event = asDomainEvent(message);
      SerializedObject<String> payload = event.serializePayload(serializer, String.class);
      SerializedObject<String> metaData = event.serializeMetaData(serializer, String.class);
      // The global index is not known before the INSERT and is not hashed; 0 stands in.
      StoredEvent row = new StoredEvent(0, event.getIdentifier(), event.getAggregateIdentifier(),
          event.getSequenceNumber(), payload.getType().getName(), payload.getType().getRevision(),
          DateTimeUtils.formatInstant(event.getTimestamp()), payload.getData(), metaData.getData());
      statement.setString(1, row.eventIdentifier());
      statement.setString(2, row.aggregateIdentifier());
      statement.setLong(3, row.sequenceNumber());
      statement.setString(4, event.getType());
      statement.setString(5, row.timestamp());
      statement.setString(6, row.payloadType());
      statement.setString(7, row.payloadRevision());
      statement.setString(8, row.payload());
      statement.setString(9, row.metaData());
      statement.addBatch();
      stored.add(row);
    }
    return statement;
  }

  /** As Axon's default statement stores a plain event message. */
  private static DomainEventMessage<?> asDomainEvent(EventMessage<?> event) {
    return event instanceof DomainEventMessage<?> domain ? domain
        : new GenericDomainEventMessage<>(null, event.getIdentifier(), 0L, event, event::getTimestamp);
  }
}
