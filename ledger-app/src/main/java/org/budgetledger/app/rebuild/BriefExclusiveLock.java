package org.budgetledger.app.rebuild;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/**
 * PostgreSQL: statements that need a slot table to themselves (TRUNCATE, DROP INDEX, a key made a
 * constraint), in one short transaction. Every reader takes a lock on both slots' tables (the views
 * name both), and while such a statement waits for the queries running, the new ones queue behind
 * it; so it waits at most {@value #WAIT} at a time, gives way when that is not enough, and tries
 * again, up to {@value #ATTEMPTS} times. Readers are held up a fraction of a second at most.
 */
final class BriefExclusiveLock {
  static final String WAIT = "200ms";
  static final int ATTEMPTS = 100;
  private static final String LOCK_NOT_AVAILABLE = "55P03";

  private BriefExclusiveLock() {}

  static void run(DataSource dataSource, List<String> statements) throws SQLException {
    for (int attempt = 1; ; attempt++) {
      try (Connection connection = dataSource.getConnection()) {
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
          s.execute("SET LOCAL lock_timeout = '" + WAIT + "'");
          for (String statement : statements) {
            s.execute(statement);
          }
          connection.commit();
          return;
        } catch (SQLException e) {
          connection.rollback();
          if (!LOCK_NOT_AVAILABLE.equals(e.getSQLState()) || attempt == ATTEMPTS) {
            throw e;
          }
        } finally {
          connection.setAutoCommit(true);
        }
      }
      pause();
    }
  }

  private static void pause() throws SQLException {
    try {
      Thread.sleep(50); // lets the queued readers through before the next attempt
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while waiting for a table lock", e);
    }
  }
}
