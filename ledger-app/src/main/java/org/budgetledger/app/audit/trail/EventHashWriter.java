package org.budgetledger.app.audit.trail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.budgetledger.app.audit.chain.EventHasher;
import org.budgetledger.app.audit.chain.StoredEvent;
import org.budgetledger.app.jdbc.CopyText;
import org.postgresql.PGConnection;

/**
 * Writes the audit chain hash of each appended event, chained to the previous event of its
 * aggregate, on the appending transaction's connection.
 *
 * <p>No ledger-wide lock: the previous hash is read by (aggregate, sequence - 1), and Axon already
 * serialises writers of one aggregate (its lock in this process, the unique (aggregate, sequence)
 * key across processes, repeated on the hash table). On PostgreSQL each append also holds a
 * <em>shared</em> advisory lock until it commits; appends never wait for each other on it, only
 * a checkpoint briefly takes it exclusively to know that no append is still in flight below the
 * global index it signs (see {@code CommitHorizon}).
 */
public class EventHashWriter implements AppendedHashes {

  /** The advisory lock key shared with the checkpoint side: "ledger" in ASCII. */
  public static final long APPEND_LOCK = 0x6C6564676572L;
  static final String TABLE = "audit_event_hash";

  private final String eventTable;

  public EventHashWriter(String eventTable) {
    this.eventTable = eventTable;
  }

  @Override
  public void beforeAppend(Connection connection) throws SQLException {
    if (isPostgres(connection)) {
      try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock_shared(?)")) {
        lock.setLong(1, APPEND_LOCK);
        lock.execute();
      }
    }
  }

  @Override
  public void copy(Connection connection, List<StoredEvent> events) throws SQLException {
    copyHashes(connection, events).copyIn(connection, copyHashesStatement());
  }

  @Override
  public void insert(Connection connection, List<StoredEvent> events) throws SQLException {
    try (PreparedStatement insert = insertHashes(connection, events)) {
      insert.executeBatch();
    }
  }

  /** The batch of hash rows for events just inserted on this connection, in their order. */
  PreparedStatement insertHashes(Connection connection, List<StoredEvent> events)
      throws SQLException {
    List<String> hex = hashes(connection, events);
    PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE
        + " (event_identifier, global_index, aggregate_identifier, sequence_number, hash)"
        + " SELECT event_identifier, global_index, aggregate_identifier, sequence_number, ? FROM "
        + eventTable + " WHERE event_identifier = ?");
    for (int i = 0; i < events.size(); i++) {
      insert.setString(1, hex.get(i));
      insert.setString(2, events.get(i).eventIdentifier());
      insert.addBatch();
    }
    return insert;
  }

  /**
   * The hash rows of events whose global indexes are known (appended by COPY on PostgreSQL), as
   * COPY text for the hash table, in their order.
   */
  CopyText copyHashes(Connection connection, List<StoredEvent> events) throws SQLException {
    List<String> hex = hashes(connection, events);
    CopyText text = new CopyText(events.size() * 160);
    for (int i = 0; i < events.size(); i++) {
      StoredEvent event = events.get(i);
      text.value(event.eventIdentifier()).value(event.globalIndex())
          .value(event.aggregateIdentifier()).value(event.sequenceNumber()).value(hex.get(i))
          .endRow();
    }
    return text;
  }

  static String copyHashesStatement() {
    return "COPY " + TABLE + " (event_identifier, global_index, aggregate_identifier,"
        + " sequence_number, hash) FROM STDIN";
  }

  /** Each event's chain hash, in lowercase hex, chained within the batch and to the stored one. */
  private List<String> hashes(Connection connection, List<StoredEvent> events) throws SQLException {
    EventHasher hasher = new EventHasher();
    Map<String, byte[]> last = new HashMap<>();
    List<String> hex = new ArrayList<>(events.size());
    for (StoredEvent event : events) {
      byte[] previous = last.get(event.aggregateIdentifier());
      if (previous == null) {
        previous = previousHash(connection, event);
      }
      byte[] hash = hasher.hash(event, previous);
      last.put(event.aggregateIdentifier(), hash);
      hex.add(HexFormat.of().formatHex(hash));
    }
    return hex;
  }

  private byte[] previousHash(Connection connection, StoredEvent event) throws SQLException {
    if (event.sequenceNumber() == 0) {
      return EventHasher.genesis();
    }
    try (PreparedStatement query = connection.prepareStatement("SELECT hash FROM " + TABLE
        + " WHERE aggregate_identifier = ? AND sequence_number = ?")) {
      query.setString(1, event.aggregateIdentifier());
      query.setLong(2, event.sequenceNumber() - 1);
      try (ResultSet row = query.executeQuery()) {
        if (!row.next()) {
          // Extending a chain whose last link is missing would hide that; refuse the append.
          throw new EventStoreException("no audit hash for aggregate " + event.aggregateIdentifier()
              + " sequence " + (event.sequenceNumber() - 1) + ": that event was not written by the"
              + " ledger with its audit trail; run ./ledger verify");
        }
        return HexFormat.of().parseHex(row.getString(1));
      }
    }
  }

  private static boolean isPostgres(Connection connection) throws SQLException {
    return connection.isWrapperFor(PGConnection.class);
  }
}
