package org.budgetledger.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.budgetledger.app.store.PostgresTestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Live nodes are the nodes of this ledger only. Found by {@code bench-writes} on a PostgreSQL
 * shared with other ledgers: a test server in another database was counted as a second live node,
 * so the bench's lone server gave a segment away every 6 s to nobody, and writes waited out their
 * 30 s for the read models (2.4 entries/s, p99 30 s, against 86 on a quiet machine).
 */
class LiveNodesPostgresTest {
  private final List<AutoCloseable> open = new ArrayList<>();

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable c : open) {
      c.close();
    }
  }

  @Test
  void countsTheNodesOfThisLedgerAndNoneOfAnotherSchemaOrDatabase() throws Exception {
    String ours = PostgresTestDatabase.freshSchemaUrl("live_ours");
    String theirs = PostgresTestDatabase.freshSchemaUrl("live_theirs");
    JdbcTemplate jdbc = new JdbcTemplate(namedDataSource(ours));
    session(ours, NodeNames.NODE_PREFIX + NodeNames.ledgerTag(ours, null) + " 2@peer");
    session(ours, "ledger-cli " + NodeNames.ledgerTag(ours, null) + " 3@cli");
    session(theirs, NodeNames.NODE_PREFIX + NodeNames.ledgerTag(theirs, null) + " 4@neighbour");

    assertThat(new LiveNodes(jdbc).find())
        .containsExactlyInAnyOrder(NodeNames.thisNode(), "2@peer");
  }

  @Test
  void aNodeOfTheSameSchemaNameInAnotherDatabaseIsNotLive() throws Exception {
    String ours = PostgresTestDatabase.freshSchemaUrl("live_db");
    JdbcTemplate jdbc = new JdbcTemplate(namedDataSource(ours));
    // The server's maintenance database: every PostgreSQL has one, and it is not the tests'.
    String otherDatabase = ours.replaceFirst("/[^/?]+\\?", "/postgres?");
    assertThat(otherDatabase).isNotEqualTo(ours);
    session(otherDatabase, NodeNames.NODE_PREFIX + NodeNames.ledgerTag(ours, null) + " 5@away");

    assertThat(new LiveNodes(jdbc).find()).containsExactly(NodeNames.thisNode());
  }

  /** A server node's pool on {@code url}, named as {@link NodeNames} names it. */
  private HikariDataSource namedDataSource(String url) {
    HikariDataSource hikari = new HikariDataSource();
    hikari.setJdbcUrl(url);
    hikari.setUsername(PostgresTestDatabase.USER);
    hikari.setPassword(PostgresTestDatabase.PASSWORD);
    hikari.setMaximumPoolSize(1);
    new NodeNames(false).postProcessBeforeInitialization(hikari, "dataSource");
    open.add(hikari);
    return hikari;
  }

  private void session(String url, String applicationName) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", PostgresTestDatabase.USER);
    properties.setProperty("password", PostgresTestDatabase.PASSWORD);
    properties.setProperty("ApplicationName", applicationName);
    Connection connection = DriverManager.getConnection(url, properties);
    open.add(connection);
  }
}
