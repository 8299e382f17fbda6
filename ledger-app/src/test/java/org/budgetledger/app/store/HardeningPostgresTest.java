package org.budgetledger.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The production role split on PostgreSQL: migrations as the owner, the app as {@code ledger_app}
 * with the documented grants (the migrations' afterMigrate callback). The app role can append and
 * read the log but not change it, even with the append-only trigger disabled.
 */
class HardeningPostgresTest {
  private static String url;
  private static Connection owner;
  private static Connection app;

  @BeforeAll
  static void migrateAsOwnerAndGrant() throws Exception {
    url = PostgresTestDatabase.freshSchemaUrl("hardening");
    Flyway.configure()
        .dataSource(url, PostgresTestDatabase.USER, PostgresTestDatabase.PASSWORD)
        .locations("classpath:db/migration/common", "classpath:db/migration/postgresql")
        .load()
        .migrate();
    owner =
        DriverManager.getConnection(url, PostgresTestDatabase.USER, PostgresTestDatabase.PASSWORD);
    try (Statement s = owner.createStatement()) {
      // Roles are shared by the whole cluster, and other test runs may create this one at once.
      s.execute(
          "DO $$ BEGIN CREATE ROLE ledger_app NOLOGIN;"
              + " EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$");
      s.execute("GRANT USAGE ON SCHEMA " + owner.getSchema() + " TO ledger_app");
      s.execute(grants());
    }
    app =
        DriverManager.getConnection(url, PostgresTestDatabase.USER, PostgresTestDatabase.PASSWORD);
    try (Statement s = app.createStatement()) {
      s.execute("SET ROLE ledger_app");
    }
  }

  @AfterAll
  static void close() throws SQLException {
    app.close();
    owner.close();
  }

  @Test
  void appRoleAppendsAndReadsTheLog() throws SQLException {
    try (Statement s = app.createStatement()) {
      s.executeUpdate(
          "INSERT INTO domain_event_entry (event_identifier, aggregate_identifier,"
              + " sequence_number, time_stamp, payload_type, payload, meta_data)"
              + " VALUES ('e-1', 'agg-1', 0, '2026-01-01T00:00:00.000Z', 'T', '{}', '{}')");
      // The COPY path: the batch's global indexes come from the identity sequence first.
      s.executeUpdate(
          "INSERT INTO domain_event_entry (global_index, event_identifier,"
              + " aggregate_identifier, sequence_number, time_stamp, payload_type, payload, meta_data)"
              + " SELECT nextval(pg_get_serial_sequence('domain_event_entry', 'global_index')), 'e-2',"
              + " 'agg-1', 1, '2026-01-01T00:00:00.000Z', 'T', '{}', '{}'");
      s.executeUpdate(
          "INSERT INTO audit_event_hash SELECT event_identifier, global_index,"
              + " aggregate_identifier, sequence_number, repeat('0', 64) FROM domain_event_entry"
              + " WHERE event_identifier = 'e-1'");
      // The statement Axon runs after storing a snapshot, as configured for this role.
      s.executeUpdate(
          "INSERT INTO snapshot_event_entry SELECT * FROM snapshot_event_entry WHERE 1 = 0");
      s.executeUpdate("INSERT INTO token_entry (processor_name, segment) VALUES ('p', 0)");
      s.executeUpdate("UPDATE token_entry SET owner = 'me' WHERE processor_name = 'p'");
      try (var rs = s.executeQuery("SELECT COUNT(*) FROM audit_event_hash")) {
        assertThat(rs.next() && rs.getLong(1) == 1).isTrue();
      }
      try (var rs = s.executeQuery("SELECT COUNT(*) FROM domain_event_entry")) {
        assertThat(rs.next() && rs.getLong(1) == 2).isTrue();
      }
    }
  }

  @Test
  void appRoleMayNotChangeTheLogEvenWithTheTriggerDisabled() throws SQLException {
    try (Statement s = owner.createStatement()) {
      s.execute("ALTER TABLE domain_event_entry DISABLE TRIGGER domain_event_entry_append_only");
      s.execute("ALTER TABLE audit_event_hash DISABLE TRIGGER audit_event_hash_append_only");
    }
    try {
      for (String change :
          new String[] {
            "UPDATE domain_event_entry SET payload = '{}'",
            "DELETE FROM domain_event_entry",
            "TRUNCATE domain_event_entry",
            "UPDATE audit_event_hash SET hash = repeat('f', 64)",
            "DELETE FROM audit_checkpoint"
          }) {
        assertThatThrownBy(() -> app.createStatement().executeUpdate(change))
            .as(change)
            .isInstanceOf(SQLException.class)
            .hasMessageContaining("permission denied for table")
            .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
      }
    } finally {
      try (Statement s = owner.createStatement()) {
        s.execute("ALTER TABLE domain_event_entry ENABLE TRIGGER domain_event_entry_append_only");
        s.execute("ALTER TABLE audit_event_hash ENABLE TRIGGER audit_event_hash_append_only");
      }
    }
  }

  /**
   * docs/production-postgresql.md as written: the roles and schema first, then the migrations as
   * the owner, then the application as ledger_app. Its first start claimed a token and failed
   * (permission denied for token_entry) while the grants were a step after the migrations.
   */
  @Test
  void theDocumentedOrderLetsTheAppRoleWorkAtFirstStart() throws SQLException {
    String fresh = PostgresTestDatabase.freshSchemaUrl("production-doc");
    try (Connection admin =
            DriverManager.getConnection(
                fresh, PostgresTestDatabase.USER, PostgresTestDatabase.PASSWORD);
        Statement s = admin.createStatement()) {
      s.execute("GRANT USAGE ON SCHEMA " + admin.getSchema() + " TO ledger_app");
    }
    Flyway.configure()
        .dataSource(fresh, PostgresTestDatabase.USER, PostgresTestDatabase.PASSWORD)
        .locations("classpath:db/migration/common", "classpath:db/migration/postgresql")
        .load()
        .migrate();
    try (Connection asApp =
            DriverManager.getConnection(
                fresh, PostgresTestDatabase.USER, PostgresTestDatabase.PASSWORD);
        Statement s = asApp.createStatement()) {
      s.execute("SET ROLE ledger_app");
      s.executeUpdate(
          "INSERT INTO token_entry (processor_name, segment) VALUES ('ledger-entries'," + " 0)");
      // A rebuild as ledger_app: the slot it fills emptied, the switch of the live one.
      s.executeUpdate("DELETE FROM ledger_entry_leg_blue");
      s.execute("TRUNCATE ledger_entry_leg_green, budget_fact_green");
      s.executeUpdate("UPDATE read_model_version SET version = version WHERE id = 1");
      try (var rs = s.executeQuery("SELECT COUNT(*) FROM ledger_entry_leg")) {
        assertThat(rs.next() && rs.getLong(1) == 0).isTrue();
      }
      try (var rs = s.executeQuery("SELECT COUNT(*) FROM imported_document")) {
        assertThat(rs.next() && rs.getLong(1) == 0).isTrue();
      }
      assertThatThrownBy(() -> s.executeUpdate("DELETE FROM domain_event_entry"))
          .hasMessageContaining("permission denied for table");
    }
  }

  static String grants() {
    try (InputStream in =
        HardeningPostgresTest.class.getResourceAsStream(
            "/db/migration/postgresql/afterMigrate__app_role_grants.sql")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
