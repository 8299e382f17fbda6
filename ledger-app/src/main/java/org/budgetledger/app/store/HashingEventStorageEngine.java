package org.budgetledger.app.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.common.jdbc.JdbcUtils;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.budgetledger.app.audit.chain.StoredEvent;
import org.budgetledger.app.audit.trail.AppendedHashes;
import org.budgetledger.app.audit.trail.TreeHeadWriter;
import org.budgetledger.app.jdbc.CopyText;
import org.postgresql.PGConnection;

/**
 * Axon's JDBC engine that also writes each event's audit chain hash ({@link AppendedHashes}, in the
 * application always {@code audit.trail.EventHashWriter}), in the same transaction as the event:
 * the unit of work's transaction, joined here, with the same connection. An event therefore never
 * exists without its hash, nor a hash without its event, whatever fails after.
 *
 * <p>The events are serialised once, here, and the very strings written (by COPY on PostgreSQL, a
 * JDBC batch of INSERTs elsewhere) are the ones hashed: payload and metadata JSON, and the
 * timestamp as Axon formats it ({@link DateTimeUtils#formatInstant}, what {@code writeTimestamp}
 * stores). Events that are not domain events are stored as Axon stores them, as aggregate = event
 * id, sequence 0, each its own chain. Snapshots are not hashed: they are derived from the events
 * and may be discarded.
 */
public class HashingEventStorageEngine extends JdbcEventStorageEngine {

  /** The PostgreSQL notification channel an append announces itself on, at its commit. */
  public static final String APPENDED_CHANNEL = "ledger_appended";

  private final TransactionManager transactions;
  private final AppendedHashes hashes;

  public HashingEventStorageEngine(
      Builder builder, TransactionManager transactions, AppendedHashes hashes) {
    super(builder);
    this.transactions = transactions;
    this.hashes = Objects.requireNonNull(hashes, "hashes");
  }

  @Override
  protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
    if (events.isEmpty()) {
      return;
    }
    transactions.executeInTransaction(
        () -> {
          Connection connection = getConnection();
          try {
            TreeHeadWriter.TreeHead previous = hashes.beforeAppend(connection);
            List<DomainEventMessage<?>> domain =
                events.stream()
                    .<DomainEventMessage<?>>map(HashingEventStorageEngine::asDomainEvent)
                    .toList();
            List<String> types = domain.stream().map(DomainEventMessage::getType).toList();
            List<StoredEvent> stored = serialize(domain, serializer);
            if (connection.isWrapperFor(PGConnection.class)) {
              copyEvents(connection, previous, stored, types, domain);
            } else {
              insertEvents(connection, previous, stored, types);
              domain.forEach(e -> AppendedEvents.record(-1, e));
            }
          } catch (SQLException e) {
            // A duplicate (aggregate, sequence) here is a concurrent writer, as Axon resolves it.
            handlePersistenceException(e, events.get(0));
          } finally {
            JdbcUtils.closeQuietly(connection);
          }
        });
  }

  /** Each event as it will be stored: the exact strings bound to the row are the ones hashed. */
  private static List<StoredEvent> serialize(
      List<DomainEventMessage<?>> events, Serializer serializer) {
    List<StoredEvent> stored = new ArrayList<>(events.size());
    for (DomainEventMessage<?> event : events) {
      SerializedObject<String> payload = event.serializePayload(serializer, String.class);
      SerializedObject<String> metaData = event.serializeMetaData(serializer, String.class);
      // The global index is not known yet and is not hashed; 0 stands in.
      stored.add(
          new StoredEvent(
              0,
              event.getIdentifier(),
              event.getAggregateIdentifier(),
              event.getSequenceNumber(),
              payload.getType().getName(),
              payload.getType().getRevision(),
              DateTimeUtils.formatInstant(event.getTimestamp()),
              payload.getData(),
              metaData.getData()));
    }
    return stored;
  }

  /**
   * PostgreSQL: the global indexes are drawn from the table's own sequence in one query, then the
   * events and their hash rows go in by COPY, two statements for the whole batch. Measured against
   * a JDBC batch of INSERTs and INSERT … SELECTs for the hashes (which looked each event up again
   * to learn its index): see README, Performance.
   */
  private void copyEvents(
      Connection connection,
      TreeHeadWriter.TreeHead previous,
      List<StoredEvent> events,
      List<String> types,
      List<DomainEventMessage<?>> messages)
      throws SQLException {
    List<StoredEvent> indexed = new ArrayList<>(events.size());
    try (PreparedStatement next =
        connection.prepareStatement(
            "SELECT nextval(pg_get_serial_sequence("
                + "'"
                + schema().domainEventTable()
                + "', '"
                + schema().globalIndexColumn()
                + "')) FROM"
                + " generate_series(1, ?) ORDER BY 1")) {
      next.setInt(1, events.size());
      try (ResultSet rows = next.executeQuery()) {
        for (StoredEvent e : events) {
          rows.next();
          indexed.add(
              new StoredEvent(
                  rows.getLong(1),
                  e.eventIdentifier(),
                  e.aggregateIdentifier(),
                  e.sequenceNumber(),
                  e.payloadType(),
                  e.payloadRevision(),
                  e.timestamp(),
                  e.payload(),
                  e.metaData()));
        }
      }
    }
    CopyText text = new CopyText(events.size() * 1200);
    for (int i = 0; i < indexed.size(); i++) {
      StoredEvent e = indexed.get(i);
      text.value(e.globalIndex())
          .value(e.eventIdentifier())
          .value(e.aggregateIdentifier())
          .value(e.sequenceNumber())
          .value(types.get(i))
          .value(e.timestamp())
          .value(e.payloadType())
          .value(e.payloadRevision())
          .value(e.payload())
          .value(e.metaData())
          .endRow();
    }
    EventSchema schema = schema();
    text.copyIn(
        connection,
        "COPY "
            + schema.domainEventTable()
            + " ("
            + schema.globalIndexColumn()
            + ", "
            + schema.domainEventFields()
            + ") FROM STDIN");
    hashes.copy(connection, previous, indexed);
    for (int i = 0; i < indexed.size(); i++) {
      AppendedEvents.record(indexed.get(i).globalIndex(), messages.get(i));
    }
    announceAppend(connection);
  }

  /**
   * Tells the other nodes on this database that events were appended: PostgreSQL delivers the
   * notification at commit, and never for a transaction rolled back ({@code
   * config.AppendNotifications} wakes their processors with it).
   */
  private static void announceAppend(Connection connection) throws SQLException {
    try (var statement = connection.createStatement()) {
      statement.execute("NOTIFY " + APPENDED_CHANNEL);
    }
  }

  /** Any other database: a JDBC batch of INSERTs, then one of the hash rows. */
  private void insertEvents(
      Connection connection,
      TreeHeadWriter.TreeHead previous,
      List<StoredEvent> events,
      List<String> types)
      throws SQLException {
    EventSchema schema = schema();
    try (PreparedStatement statement =
        connection.prepareStatement(
            "INSERT INTO "
                + schema.domainEventTable()
                + " ("
                + schema.domainEventFields()
                + ") VALUES (?,?,?,?,?,?,?,?,?)")) {
      for (int i = 0; i < events.size(); i++) {
        StoredEvent row = events.get(i);
        statement.setString(1, row.eventIdentifier());
        statement.setString(2, row.aggregateIdentifier());
        statement.setLong(3, row.sequenceNumber());
        statement.setString(4, types.get(i));
        statement.setString(5, row.timestamp());
        statement.setString(6, row.payloadType());
        statement.setString(7, row.payloadRevision());
        statement.setString(8, row.payload());
        statement.setString(9, row.metaData());
        statement.addBatch();
      }
      statement.executeBatch();
    }
    hashes.insert(connection, previous, events);
  }

  /** As Axon's default statement stores a plain event message. */
  private static DomainEventMessage<?> asDomainEvent(EventMessage<?> event) {
    return event instanceof DomainEventMessage<?> domain
        ? domain
        : new GenericDomainEventMessage<>(
            null, event.getIdentifier(), 0L, event, event::getTimestamp);
  }
}
