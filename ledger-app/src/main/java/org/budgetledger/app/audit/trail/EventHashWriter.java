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

/**
 * Writes the audit chain hash of each appended event, chained to the previous event of its
 * aggregate, on the appending transaction's connection.
 *
 * <p>The previous hash is read by (aggregate, sequence - 1); the unique (aggregate, sequence) key,
 * repeated on the hash table, refuses a second writer of one place in a chain. Appends hold the
 * ledger-wide append lock until they commit, for the tree head each signs ({@link TreeHeadWriter}),
 * so global indexes are drawn in commit order.
 */
public class EventHashWriter implements AppendedHashes {

  /** The PostgreSQL advisory lock key appends hold until they commit: "ledger" in ASCII. */
  public static final long APPEND_LOCK = 0x6C6564676572L;

  static final String TABLE = "audit_event_hash";

  private final String eventTable;
  private final TreeHeadWriter heads;

  public EventHashWriter(String eventTable, TreeHeadWriter heads) {
    this.eventTable = eventTable;
    this.heads = heads;
  }

  /** Takes the append lock and checks the signed head the append will extend. */
  @Override
  public TreeHeadWriter.TreeHead beforeAppend(Connection connection) throws SQLException {
    return heads.lockAndReadLatest(connection);
  }

  @Override
  public void copy(
      Connection connection, TreeHeadWriter.TreeHead previous, List<StoredEvent> events)
      throws SQLException {
    List<byte[]> chain = hashes(connection, events);
    copyHashes(events, chain).copyIn(connection, copyHashesStatement());
    heads.sign(connection, previous, events, chain);
  }

  @Override
  public void insert(
      Connection connection, TreeHeadWriter.TreeHead previous, List<StoredEvent> events)
      throws SQLException {
    List<byte[]> chain = hashes(connection, events);
    try (PreparedStatement insert = insertHashes(connection, events, chain)) {
      insert.executeBatch();
    }
    heads.sign(connection, previous, events, chain);
  }

  /** The batch of hash rows for events just inserted on this connection, in their order. */
  public PreparedStatement insertHashes(
      Connection connection, List<StoredEvent> events, List<byte[]> hashes) throws SQLException {
    PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO "
                + TABLE
                + " (event_identifier, global_index, aggregate_identifier, sequence_number, hash)"
                + " SELECT event_identifier, global_index, aggregate_identifier, sequence_number, ? FROM "
                + eventTable
                + " WHERE event_identifier = ?");
    for (int i = 0; i < events.size(); i++) {
      insert.setString(1, HexFormat.of().formatHex(hashes.get(i)));
      insert.setString(2, events.get(i).eventIdentifier());
      insert.addBatch();
    }
    return insert;
  }

  /**
   * The hash rows of events whose global indexes are known (appended by COPY on PostgreSQL), as
   * COPY text for the hash table, in their order.
   */
  public static CopyText copyHashes(List<StoredEvent> events, List<byte[]> hashes) {
    CopyText text = new CopyText(events.size() * 160);
    for (int i = 0; i < events.size(); i++) {
      StoredEvent event = events.get(i);
      text.value(event.eventIdentifier())
          .value(event.globalIndex())
          .value(event.aggregateIdentifier())
          .value(event.sequenceNumber())
          .value(HexFormat.of().formatHex(hashes.get(i)))
          .endRow();
    }
    return text;
  }

  public static String copyHashesStatement() {
    return "COPY "
        + TABLE
        + " (event_identifier, global_index, aggregate_identifier,"
        + " sequence_number, hash) FROM STDIN";
  }

  /** Each event's chain hash, chained within the batch and to the stored one. */
  public List<byte[]> hashes(Connection connection, List<StoredEvent> events) throws SQLException {
    EventHasher hasher = new EventHasher();
    Map<String, byte[]> last = new HashMap<>();
    List<byte[]> hashes = new ArrayList<>(events.size());
    for (StoredEvent event : events) {
      byte[] previous = last.get(event.aggregateIdentifier());
      if (previous == null) {
        previous = previousHash(connection, event);
      }
      byte[] hash = hasher.hash(event, previous);
      last.put(event.aggregateIdentifier(), hash);
      hashes.add(hash);
    }
    return hashes;
  }

  private byte[] previousHash(Connection connection, StoredEvent event) throws SQLException {
    if (event.sequenceNumber() == 0) {
      return EventHasher.genesis();
    }
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT hash FROM "
                + TABLE
                + " WHERE aggregate_identifier = ? AND sequence_number = ?")) {
      query.setString(1, event.aggregateIdentifier());
      query.setLong(2, event.sequenceNumber() - 1);
      try (ResultSet row = query.executeQuery()) {
        if (!row.next()) {
          // Extending a chain whose last link is missing would hide that; refuse the append.
          throw new EventStoreException(
              "no audit hash for aggregate "
                  + event.aggregateIdentifier()
                  + " sequence "
                  + (event.sequenceNumber() - 1)
                  + ": that event was not written by the"
                  + " ledger with its audit trail; run ./ledger verify");
        }
        return HexFormat.of().parseHex(row.getString(1));
      }
    }
  }
}
