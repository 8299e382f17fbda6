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

  /** Before the events are written: the shared lock a checkpoint waits on (PostgreSQL). */
  void beforeAppend(Connection connection) throws SQLException;

  /** After the events went in by COPY, their global indexes known (PostgreSQL). */
  void copy(Connection connection, List<StoredEvent> events) throws SQLException;

  /** After the events went in by INSERT (any other database). */
  void insert(Connection connection, List<StoredEvent> events) throws SQLException;
}
