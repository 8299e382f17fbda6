package org.budgetledger.app.audit.trail;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.budgetledger.app.audit.chain.StoredEvent;

/**
 * What the event store writes with every append, in the append's transaction and on its connection:
 * the audit chain's hash rows ({@link EventHashWriter}). An interface so that the append benchmark
 * can measure a baseline without them, on an engine of its own.
 */
public interface AppendedHashes {

  /**
   * Before the events are written: takes the ledger-wide append lock and returns the signed head
   * the append will extend, read under the lock (none when nothing is signed).
   */
  TreeHeadWriter.TreeHead beforeAppend(Connection connection) throws SQLException;

  /**
   * After the events went in by COPY, their global indexes known (PostgreSQL); {@code previous} is
   * what {@link #beforeAppend} returned in this transaction.
   */
  void copy(Connection connection, TreeHeadWriter.TreeHead previous, List<StoredEvent> events)
      throws SQLException;

  /** After the events went in by INSERT (any other database). */
  void insert(Connection connection, TreeHeadWriter.TreeHead previous, List<StoredEvent> events)
      throws SQLException;
}
