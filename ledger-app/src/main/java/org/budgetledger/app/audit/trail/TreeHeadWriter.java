package org.budgetledger.app.audit.trail;

import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.budgetledger.app.audit.chain.StoredEvent;
import org.budgetledger.app.audit.checkpoint.Checkpoint;
import org.budgetledger.app.audit.checkpoint.CheckpointSigner;
import org.budgetledger.app.audit.checkpoint.LedgerKeys;
import org.budgetledger.app.audit.merkle.MerkleFrontier;
import org.postgresql.PGConnection;

/**
 * Signs a tree head with every write transaction, in that transaction (as immudb signs its state
 * per transaction): the Merkle root over the whole log, this transaction's events included, so no
 * committed event is ever beyond a signed head.
 *
 * <p>A tree head covers a prefix of the global order, so appends are serialised from their first
 * insert to their commit: on PostgreSQL by an exclusive transaction-level advisory lock, on H2 by
 * one locked row. Global indexes are then drawn in commit order, and the head read under the lock
 * is the latest committed one. The lock is held for the inserts, one signature and the commit; the
 * commands themselves are decided before it (README, Performance, for its cost).
 *
 * <p>The head read back is checked before it is extended (its signature, and its stored frontier
 * against its signed root), and the log must hold nothing beyond it: an event there was not written
 * by the ledger, and the ledger will not sign over it. The append is refused instead, loudly, until
 * a person has looked ({@code ./ledger verify} names the event).
 */
public class TreeHeadWriter {

  static final String TABLE = "audit_tree_head";

  private final String eventTable;
  private final LedgerKeys keys;
  private final CheckpointSigner signer;
  private final Clock clock;

  /** The head this process last wrote or checked, so an unchanged head is not checked again. */
  private volatile String[] lastChecked = {"", ""};

  public TreeHeadWriter(String eventTable, LedgerKeys keys, Clock clock) {
    this.eventTable = eventTable;
    this.keys = keys;
    this.signer = new CheckpointSigner(keys);
    this.clock = clock;
  }

  /** The head to extend, read once the append holds the ledger-wide append lock. */
  public TreeHead lockAndReadLatest(Connection connection) throws SQLException {
    lock(connection);
    Latest latest = latest(connection);
    if (latest.eventBeyond()) {
      requireNothingBeyond(connection, latest.head());
    }
    return latest.head();
  }

  /**
   * Signs the head over {@code previous} (what {@link #lockAndReadLatest} returned in this
   * transaction) and the events just inserted, as the database ordered them, and stores it. {@code
   * hashes} are the events' chain hashes, in the order of {@code events}; the inserted rows are
   * read back so that the leaves follow the global order whoever assigned it (the identity column
   * on H2), and so that nothing else slipped in.
   */
  public void sign(
      Connection connection, TreeHead previous, List<StoredEvent> events, List<byte[]> hashes)
      throws SQLException {
    // previous is the head lockAndReadLatest read and checked in this transaction, which has held
    // the append lock since: no other head can have been stored. Reading it again cost a query,
    // its frontier's parsing and a comparison inside the lock, on every write.
    Map<String, byte[]> byIdentifier = new HashMap<>();
    for (int i = 0; i < events.size(); i++) {
      byIdentifier.put(events.get(i).eventIdentifier(), hashes.get(i));
    }
    MerkleFrontier frontier = previous.frontier().copy();
    long lastGlobalIndex = previous.lastGlobalIndex();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT global_index,"
                + " event_identifier FROM "
                + eventTable
                + " WHERE global_index > ? ORDER BY global_index FETCH FIRST ? ROWS ONLY")) {
      // One row more than this append wrote is enough to see anything that slipped in beside it,
      // and the limit keeps PostgreSQL on the primary key: without it, a prepared statement's
      // generic plan for "> ?" read the whole event table on every write of a young database
      // (one sequential scan per append in bench-writes, pg_stat_user_tables).
      query.setLong(1, previous.lastGlobalIndex());
      query.setInt(2, events.size() + 1);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          byte[] hash = byIdentifier.remove(rows.getString(2));
          if (hash == null) {
            throw new EventStoreException(
                "event "
                    + rows.getString(2)
                    + " at global index "
                    + rows.getLong(1)
                    + " appeared beside this append without the append lock: the"
                    + " ledger did not write it and will not sign over it; run ./ledger verify");
          }
          frontier.append(hash);
          lastGlobalIndex = rows.getLong(1);
        }
      }
    }
    if (!byIdentifier.isEmpty()) {
      throw new IllegalStateException(
          "the events just appended are not all in the log: " + byIdentifier.keySet());
    }
    insert(connection, frontier, lastGlobalIndex);
  }

  /**
   * Signs a head over the stored log if none was ever signed (a log written before heads were
   * signed per transaction), so that it can be checkpointed before its next write.
   */
  public void signIfAbsent(Connection connection) throws SQLException {
    lock(connection);
    try (PreparedStatement query =
            connection.prepareStatement("SELECT 1 FROM " + TABLE + " FETCH FIRST 1 ROWS ONLY");
        ResultSet row = query.executeQuery()) {
      if (row.next()) {
        return;
      }
    }
    TreeHead head = TreeHeadBootstrap.overStoredLog(connection, eventTable, java.util.Set.of());
    if (head.frontier().size() > 0) {
      insert(connection, head.frontier(), head.lastGlobalIndex());
    }
  }

  private void insert(Connection connection, MerkleFrontier frontier, long lastGlobalIndex)
      throws SQLException {
    Checkpoint head = signer.sign(frontier.size(), frontier.root(), clock.instant());
    String frontierText = frontier.toText();
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO "
                + TABLE
                + " (tree_size, last_global_index, root_hash, created_at, frontier, file_text)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
      insert.setLong(1, head.treeSize());
      insert.setLong(2, lastGlobalIndex);
      insert.setString(3, head.rootHash());
      insert.setString(4, head.createdAt());
      insert.setString(5, frontierText);
      insert.setString(6, head.toFileText());
      insert.executeUpdate();
    }
    lastChecked = new String[] {head.toFileText(), frontierText};
  }

  /**
   * Takes the ledger-wide append lock in the connection's transaction, until it ends: no append
   * commits meanwhile (the read models' switch holds it to catch up with a still log).
   */
  public static void lockAppends(Connection connection) throws SQLException {
    lock(connection);
  }

  private static void lock(Connection connection) throws SQLException {
    String sql =
        connection.isWrapperFor(PGConnection.class)
            ? "SELECT pg_advisory_xact_lock(" + EventHashWriter.APPEND_LOCK + ")"
            : "SELECT id FROM audit_append_lock WHERE id = 1 FOR UPDATE";
    try (PreparedStatement lock = connection.prepareStatement(sql)) {
      lock.execute();
    }
  }

  /**
   * The latest head, and whether any event lies beyond it, in one query: it is made by every write
   * inside the ledger-wide lock, and the event beyond (never there unless the log was tampered
   * with) is then looked up again to be named.
   */
  private Latest latest(Connection connection) throws SQLException {
    try (PreparedStatement query =
            connection.prepareStatement(
                "SELECT h.tree_size, h.last_global_index, h.frontier, h.file_text,"
                    + " (SELECT MIN(e.global_index) FROM "
                    + eventTable
                    + " e WHERE e.global_index > h.last_global_index) FROM "
                    + TABLE
                    + " h ORDER BY h.tree_size DESC FETCH FIRST 1 ROWS ONLY");
        ResultSet row = query.executeQuery()) {
      if (!row.next()) {
        // No head signed yet: the stored log's, which the check beyond then covers as before.
        return new Latest(
            TreeHeadBootstrap.overStoredLog(connection, eventTable, java.util.Set.of()), true);
      }
      long size = row.getLong(1);
      String frontierText = row.getString(3);
      String fileText = row.getString(4);
      MerkleFrontier frontier = checked(size, frontierText, fileText);
      row.getLong(5);
      return new Latest(new TreeHead(row.getLong(2), frontier), !row.wasNull());
    }
  }

  private record Latest(TreeHead head, boolean eventBeyond) {}

  private MerkleFrontier checked(long size, String frontierText, String fileText) {
    String[] seen = lastChecked;
    MerkleFrontier frontier;
    try {
      frontier = MerkleFrontier.fromText(size, frontierText);
      if (seen[0].equals(fileText) && seen[1].equals(frontierText)) {
        return frontier;
      }
      Checkpoint head = Checkpoint.parse(fileText);
      if (head.treeSize() != size
          || !CheckpointSigner.verify(head, keys.publicKey())
          || !MessageDigest.isEqual(frontier.root(), head.rootHashBytes())) {
        throw refused(size, "its signature, size or stored frontier does not match");
      }
    } catch (IllegalArgumentException e) {
      throw refused(size, e.getMessage());
    }
    lastChecked = new String[] {fileText, frontierText};
    return frontier;
  }

  private void requireNothingBeyond(Connection connection, TreeHead head) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT global_index,"
                + " event_identifier, aggregate_identifier, sequence_number FROM "
                + eventTable
                + " WHERE global_index > ? ORDER BY global_index FETCH FIRST 1 ROWS ONLY")) {
      query.setLong(1, head.lastGlobalIndex());
      try (ResultSet row = query.executeQuery()) {
        if (row.next()) {
          throw new EventStoreException(
              "event "
                  + row.getString(2)
                  + " (aggregate "
                  + row.getString(3)
                  + ", sequence "
                  + row.getLong(4)
                  + ", global index "
                  + row.getLong(1)
                  + ") is beyond the latest signed tree head, which ends at global"
                  + " index "
                  + head.lastGlobalIndex()
                  + ": the ledger did not write it and will not"
                  + " sign over it; run ./ledger verify");
        }
      }
    }
  }

  private static EventStoreException refused(long size, String why) {
    return new EventStoreException(
        "the latest signed tree head (tree size "
            + size
            + ") does not"
            + " verify ("
            + why
            + "): the ledger will not extend it; run ./ledger verify");
  }

  /** The signed head an append extends: its frontier and the last global index it covers. */
  public record TreeHead(long lastGlobalIndex, MerkleFrontier frontier) {}
}
