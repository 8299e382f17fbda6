package org.budgetledger.app.rebuild;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.budgetledger.projections.entries.LegTable;
import org.budgetledger.projections.facts.FactTable;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one transaction of a rebuild: both read models are emptied and written again on one
 * connection, committed together at the end. A rebuild that fails on any event, or is killed,
 * leaves the read models as they were (it once left the leg table empty).
 */
final class ReplayTransaction implements AutoCloseable {
  private final Connection connection;
  private final JdbcTemplate jdbc;
  private boolean committed;

  private ReplayTransaction(Connection connection) {
    this.connection = connection;
    this.jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
  }

  static ReplayTransaction open(DataSource dataSource) {
    try {
      Connection connection = dataSource.getConnection();
      connection.setAutoCommit(false);
      return new ReplayTransaction(connection);
    } catch (SQLException e) {
      throw failure("open", e);
    }
  }

  Connection connection() {
    return connection;
  }

  JdbcTemplate jdbc() {
    return jdbc;
  }

  LegTable legs() {
    return new LegTable(jdbc);
  }

  FactTable facts(JsonMapper json) {
    return new FactTable(jdbc, json);
  }

  void commit() {
    try {
      connection.commit();
      committed = true;
    } catch (SQLException e) {
      throw failure("commit", e);
    }
  }

  @Override
  public void close() {
    try (connection) {
      if (!committed) {
        connection.rollback();
      }
    } catch (SQLException e) {
      throw failure("close", e);
    }
  }

  static UncategorizedSQLException failure(String step, SQLException e) {
    return new UncategorizedSQLException("bulk replay " + step, null, e);
  }
}
