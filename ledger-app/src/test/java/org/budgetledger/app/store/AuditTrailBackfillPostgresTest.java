package org.budgetledger.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.budgetledger.app.audit.checkpoint.LedgerKeys;
import org.budgetledger.app.audit.trail.AuditHashBackfill;
import org.budgetledger.app.audit.trail.StoredLog;
import org.budgetledger.app.audit.verification.AuditProblem;
import org.budgetledger.app.audit.verification.ChainVerifier;
import org.budgetledger.app.audit.verification.ProblemKind;
import org.budgetledger.app.audit.verification.VerificationReport;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Upgrading a ledger that has events from before the audit trail: migration 5.2 hashes them. */
class AuditTrailBackfillPostgresTest {

  @Test
  void eventsFromBeforeTheTrailAreChainedByTheMigration() {
    String url = PostgresTestDatabase.freshSchemaUrl("backfill");
    DriverManagerDataSource db =
        new DriverManagerDataSource(url, PostgresTestDatabase.USER, PostgresTestDatabase.PASSWORD);
    migrate(db, "5.1");
    JdbcTemplate jdbc = new JdbcTemplate(db);
    String insert =
        "INSERT INTO domain_event_entry (event_identifier, aggregate_identifier,"
            + " sequence_number, time_stamp, payload_type, payload, meta_data)"
            + " VALUES (?, ?, ?, '2026-01-01T00:00:00.000Z', 'T', ?, '{}')";
    jdbc.update(insert, "e0", "budget-a", 0, "{\"amount\":1}");
    jdbc.update(insert, "e1", "budget-b", 0, "{\"amount\":2}");
    jdbc.update(insert, "e2", "budget-a", 1, "{\"amount\":3}");

    migrate(db, "latest");

    assertThat(
            jdbc.queryForList(
                "SELECT event_identifier FROM audit_event_hash ORDER BY global_index",
                String.class))
        .containsExactly("e0", "e1", "e2");
    StoredLog log = new StoredLog(db, new DataSourceTransactionManager(db));
    VerificationReport report =
        log.read(
            Long.MAX_VALUE,
            events ->
                new ChainVerifier(LedgerKeys.generate().publicKey()).verify(events, List.of()));
    // The migration chains the events; it holds no signing key, so until the application's first
    // write signs a tree head over them they are reported unverified, never OK, and never tampered.
    assertThat(report.firstProblem().map(AuditProblem::kind))
        .as(report.summary())
        .contains(ProblemKind.UNVERIFIED);
    assertThat(report.eventsChecked()).isEqualTo(3);
  }

  private static void migrate(DriverManagerDataSource db, String target) {
    Flyway.configure()
        .dataSource(db)
        .target(target)
        .locations("classpath:db/migration/common", "classpath:db/migration/postgresql")
        .javaMigrations(new AuditHashBackfill())
        .load()
        .migrate();
  }
}
