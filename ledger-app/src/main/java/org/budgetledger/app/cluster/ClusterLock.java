package org.budgetledger.app.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.stereotype.Component;

/**
 * Runs a scheduled job on one node of the cluster at a time: each node's schedule fires, and the
 * node that gets PostgreSQL's session advisory lock for the job runs it while the others skip this
 * round. The lock belongs to a connection, so a node killed halfway releases it with its
 * connection, and the next round on any node runs the job again: a job that writes in one
 * transaction is then neither lost nor doubled. On H2 (one node) the job simply runs.
 */
@Component
public class ClusterLock {

  private final DataSource dataSource;

  public ClusterLock(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Runs {@code job} if no other node runs the job of this key now; returns whether it ran.
   *
   * @param key the job's advisory lock key, one per job, distinct from the append lock's
   */
  public boolean runAlone(long key, Runnable job) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      if (!connection.isWrapperFor(PGConnection.class)) {
        job.run();
        return true;
      }
      connection.setAutoCommit(true);
      if (!call(connection, "SELECT pg_try_advisory_lock(?)", key)) {
        return false;
      }
      try {
        job.run();
        return true;
      } finally {
        call(connection, "SELECT pg_advisory_unlock(?)", key);
      }
    }
  }

  private static boolean call(Connection connection, String sql, long key) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setLong(1, key);
      try (ResultSet rs = statement.executeQuery()) {
        rs.next();
        return rs.getBoolean(1);
      }
    }
  }
}
