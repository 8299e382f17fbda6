package org.budgetledger.app.rebuild;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.stereotype.Component;

/**
 * One rebuild at a time in the cluster. The lock lives on a connection of its own, held for the
 * whole rebuild: a session advisory lock on PostgreSQL, a locked row on H2 (which has none). Both
 * are the database's, so a rebuild killed with its process (kill -9) frees the lock as its
 * connection drops, and the next attempt goes ahead and cleans up its half-built slot.
 */
@Component
public final class RebuildLock {
  /**
   * The advisory lock's key on PostgreSQL: "rebu" in ASCII and the ledger's schema. Advisory locks
   * are the database's, and several ledgers may share one database in schemas of their own (the
   * tests, a bench beside a server): each has its own rebuild lock.
   */
  public static final String POSTGRES_KEY = "1919246965, hashtext(current_schema())";

  private final DataSource dataSource;

  RebuildLock(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The lock held until closed, or empty when another rebuild holds it. */
  java.util.Optional<Held> tryAcquire() {
    Connection connection = null;
    try {
      connection = dataSource.getConnection();
      boolean held =
          connection.isWrapperFor(PGConnection.class) ? advisory(connection) : row(connection);
      if (!held) {
        release(connection);
        return java.util.Optional.empty();
      }
      return java.util.Optional.of(new Held(connection));
    } catch (SQLException e) {
      if (connection != null) {
        release(connection);
      }
      throw ReplayTransaction.failure("lock", e);
    }
  }

  private static boolean advisory(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT pg_try_advisory_lock(" + POSTGRES_KEY + ")")) {
      return r.next() && r.getBoolean(1);
    }
  }

  private static boolean row(Connection connection) throws SQLException {
    connection.setAutoCommit(false);
    try (Statement s = connection.createStatement()) {
      s.executeQuery("SELECT id FROM read_model_rebuild_lock WHERE id = 1 FOR UPDATE NOWAIT")
          .close();
      return true;
    } catch (SQLException e) {
      // H2 refuses a row another transaction holds with a lock timeout (50200); anything else is
      // not a held lock and goes up.
      if (e.getErrorCode() == 50200 || "HYT00".equals(e.getSQLState())) {
        return false;
      }
      throw e;
    }
  }

  private static void release(Connection connection) {
    try (connection) {
      if (connection.isWrapperFor(PGConnection.class)) {
        try (Statement s = connection.createStatement()) {
          s.execute("SELECT pg_advisory_unlock_all()");
        }
      } else if (!connection.getAutoCommit()) {
        connection.rollback();
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      // The connection goes back to the pool or is closed; the database frees its locks either way.
    }
  }

  /** A held rebuild lock; closing it releases it. */
  static final class Held implements AutoCloseable {
    private final Connection connection;

    private Held(Connection connection) {
      this.connection = connection;
    }

    @Override
    public void close() {
      release(connection);
    }
  }
}
