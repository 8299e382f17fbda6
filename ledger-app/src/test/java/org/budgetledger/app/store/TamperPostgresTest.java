package org.budgetledger.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.budgetledger.app.audit.chain.EventHasher;
import org.budgetledger.app.audit.chain.StoredEvent;
import org.budgetledger.app.audit.checkpoint.Checkpoint;
import org.budgetledger.app.audit.checkpoint.LedgerKeys;
import org.budgetledger.app.audit.trail.AuditFailedException;
import org.budgetledger.app.audit.trail.AuditTrail;
import org.budgetledger.app.audit.trail.StoredLog;
import org.budgetledger.app.audit.trail.TreeHeadWriter;
import org.budgetledger.app.audit.verification.AuditProblem;
import org.budgetledger.app.audit.verification.EventLogExport;
import org.budgetledger.app.audit.verification.OfflineVerifier;
import org.budgetledger.app.audit.verification.ProblemKind;
import org.budgetledger.app.audit.verification.VerificationReport;
import org.budgetledger.app.command.LedgerCommands;
import org.budgetledger.core.model.BudgetId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tampering with the stored log as a PostgreSQL superuser would, with the append-only trigger
 * disabled: each kind is detected and named by {@code verify} with its position and identifiers.
 *
 * <p>Two budgets A and B are written interleaved: A0 A1 B0 B1 | A2 B2 A3 B3 | A4 B4 (their opening
 * and initial entry, then three supplements each), checkpointed at the bars; the tail A4 B4 is
 * covered only by the tree heads every write signs. Each test tampers inside a transaction,
 * verifies in it, and rolls back, so the tests do not see each other.
 */
@SpringBootTest(
    properties = {
      "ledger.seeds.import-on-start=false",
      "ledger.audit.periodic-checkpoints=false",
      "ledger.audit.keys-dir=target/audit-pg-keys"
    })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TamperPostgresTest {
  @Autowired LedgerCommands commands;
  @Autowired AuditTrail trail;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactions;
  @Autowired LedgerKeys keys;
  @Autowired TreeHeadWriter heads;
  @Autowired DataSource dataSource;
  @Autowired StoredLog log;
  final BudgetId a = BudgetId.of(2026, "TA01");
  final BudgetId b = BudgetId.of(2026, "TB01");
  Checkpoint first;
  Checkpoint second;

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    String url = PostgresTestDatabase.freshSchemaUrl("tamper");
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", () -> PostgresTestDatabase.USER);
    registry.add("spring.datasource.password", () -> PostgresTestDatabase.PASSWORD);
  }

  @BeforeAll
  void twoBudgetsAndTwoCheckpoints() {
    LedgerTestData.openAndFund(commands, a);
    LedgerTestData.openAndFund(commands, b);
    first = trail.checkpoint();
    for (String id : new String[] {"s1", "s2"}) {
      commands.send(LedgerTestData.supplement(a, id, "1.00", LocalDate.of(2026, 3, 1)));
      commands.send(LedgerTestData.supplement(b, id, "1.00", LocalDate.of(2026, 3, 1)));
    }
    second = trail.checkpoint();
    commands.send(LedgerTestData.supplement(a, "s3", "1.00", LocalDate.of(2026, 3, 1)));
    commands.send(LedgerTestData.supplement(b, "s3", "1.00", LocalDate.of(2026, 3, 1)));
    assertThat(first.treeSize()).isEqualTo(4);
    assertThat(second.treeSize()).isEqualTo(8);
  }

  @Test
  void untouchedLogVerifiesToItsLastEventByTheTreeHeadOfTheLastWrite() {
    VerificationReport report = trail.verify();
    assertThat(report.ok()).as(report.summary()).isTrue();
    assertThat(report.checkpointedEvents()).isEqualTo(10);
    assertThat(trail.latestCheckpoint().orElseThrow().treeSize()).isEqualTo(10);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_tree_head", Long.class))
        .as("one head per write transaction")
        .isEqualTo(10);
  }

  @Test
  void lastEventDeletedWithItsHashRowIsMissing() {
    Row b4 = row(b, 4);
    VerificationReport report =
        tampered(
            () -> {
              jdbc.execute(
                  "ALTER TABLE audit_event_hash DISABLE TRIGGER audit_event_hash_append_only");
              jdbc.update("DELETE FROM audit_event_hash WHERE event_identifier = ?", b4.id());
              jdbc.update("DELETE FROM domain_event_entry WHERE event_identifier = ?", b4.id());
            });
    assertThat(report.problem().kind()).as(report.summary()).isEqualTo(ProblemKind.MISSING);
    assertThat(report.problem().position()).isEqualTo(9);
    assertThat(report.problem().message()).contains("signed 10 events but the log has only 9");
  }

  @Test
  void tailEventRewrittenWithItsChainRecomputedIsNamed() {
    Row a4 = row(a, 4);
    Row a3 = row(a, 3);
    VerificationReport report =
        tampered(
            () -> {
              String payload = a4.payload().replaceAll("\"amount\":(\\d+)", "\"amount\":9$1");
              assertThat(payload).isNotEqualTo(a4.payload());
              jdbc.update(
                  "UPDATE domain_event_entry SET payload = ? WHERE event_identifier = ?",
                  payload,
                  a4.id());
              byte[] previous =
                  HexFormat.of()
                      .parseHex(
                          jdbc.queryForObject(
                              "SELECT hash FROM audit_event_hash WHERE event_identifier = ?",
                              String.class,
                              a3.id()));
              StoredEvent rewritten =
                  new StoredEvent(
                      a4.globalIndex(),
                      a4.id(),
                      a4.aggregate(),
                      4,
                      a4.payloadType(),
                      a4.payloadRevision(),
                      a4.timestamp(),
                      payload,
                      a4.metaData());
              jdbc.execute(
                  "ALTER TABLE audit_event_hash DISABLE TRIGGER audit_event_hash_append_only");
              jdbc.update(
                  "UPDATE audit_event_hash SET hash = ? WHERE event_identifier = ?",
                  HexFormat.of().formatHex(new EventHasher().hash(rewritten, previous)),
                  a4.id());
            });
    assertProblem(report, ProblemKind.CHECKPOINT_MISMATCH, 8, a4, 4);
    assertThat(report.problem().message()).contains("positions 8 to 8", a4.id());
  }

  @Test
  void eventForgedWithTheAppRolesInsertIsUnverifiedAndNeverSignedOver() {
    Row a4 = row(a, 4);
    TransactionTemplate transaction = new TransactionTemplate(transactions);
    transaction.executeWithoutResult(
        status -> {
          status.setRollbackOnly();
          jdbc.execute(
              "DO $$ BEGIN CREATE ROLE ledger_app NOLOGIN; EXCEPTION WHEN duplicate_object"
                  + " OR unique_violation THEN NULL; END $$");
          jdbc.execute(
              "GRANT USAGE ON SCHEMA "
                  + jdbc.queryForObject("SELECT current_schema()", String.class)
                  + " TO ledger_app");
          jdbc.execute(HardeningPostgresTest.grants());
          jdbc.execute("SET LOCAL ROLE ledger_app");
          // The forger appends the next event of budget A with a correctly chained hash.
          long index =
              jdbc.queryForObject(
                  "SELECT nextval(pg_get_serial_sequence("
                      + "'domain_event_entry', 'global_index'))",
                  Long.class);
          forge(a4, index, "forged-3", a.toString(), 5);
          StoredEvent forged =
              new StoredEvent(
                  index,
                  "forged-3",
                  a.toString(),
                  5,
                  a4.payloadType(),
                  a4.payloadRevision(),
                  a4.timestamp(),
                  a4.payload(),
                  a4.metaData());
          byte[] previous =
              HexFormat.of()
                  .parseHex(
                      jdbc.queryForObject(
                          "SELECT hash FROM audit_event_hash WHERE event_identifier = ?",
                          String.class,
                          a4.id()));
          jdbc.update(
              "INSERT INTO audit_event_hash VALUES ('forged-3', ?, ?, 5, ?)",
              index,
              a.toString(),
              HexFormat.of().formatHex(new EventHasher().hash(forged, previous)));
          jdbc.execute("RESET ROLE");

          VerificationReport report = trail.verify();
          assertProblem(
              report,
              ProblemKind.UNVERIFIED,
              10,
              new Row("forged-3", a.toString(), index, 10, null, null, null, null, null),
              5);
          assertThat(report.summary()).startsWith("UNVERIFIED: 11 events checked, the first 10");
          assertThatThrownBy(() -> trail.checkpoint())
              .isInstanceOf(AuditFailedException.class)
              .hasMessageContaining("forged-3");
          Connection connection = DataSourceUtils.getConnection(dataSource);
          assertThatThrownBy(() -> heads.lockAndReadLatest(connection))
              .hasMessageContaining("event forged-3")
              .hasMessageContaining("will not sign over it");
        });
  }

  /**
   * An event that lands beside an append, past the head it read under the lock, is never signed
   * over, wherever it lands: the head's read-back fetches one row more than the append wrote, so a
   * forged event after the append's own is still among the rows it reads.
   */
  @Test
  void anEventBesideTheAppendIsNeverSignedOverBeforeOrAfterTheAppendsOwn() {
    for (boolean forgedFirst : new boolean[] {true, false}) {
      TransactionTemplate transaction = new TransactionTemplate(transactions);
      transaction.executeWithoutResult(
          status -> {
            status.setRollbackOnly();
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
              TreeHeadWriter.TreeHead previous = heads.lockAndReadLatest(connection);
              Row model = row(a, 4);
              long first = nextGlobalIndex();
              long second = nextGlobalIndex();
              long own = forgedFirst ? second : first;
              forge(model, own, "own-1", "budget-2026-BESIDE", 0);
              forge(model, forgedFirst ? first : second, "beside-1", "budget-2026-BESIDE", 1);
              StoredEvent ownEvent =
                  new StoredEvent(
                      own,
                      "own-1",
                      "budget-2026-BESIDE",
                      0,
                      model.payloadType(),
                      model.payloadRevision(),
                      model.timestamp(),
                      model.payload(),
                      model.metaData());
              byte[] hash = new EventHasher().hash(ownEvent, EventHasher.genesis());
              assertThatThrownBy(
                      () -> heads.sign(connection, previous, List.of(ownEvent), List.of(hash)))
                  .as("forged event " + (forgedFirst ? "before" : "after") + " the append's own")
                  .hasMessageContaining("event beside-1")
                  .hasMessageContaining("appeared beside this append");
            } catch (java.sql.SQLException e) {
              throw new IllegalStateException(e);
            }
          });
    }
  }

  private long nextGlobalIndex() {
    return jdbc.queryForObject(
        "SELECT nextval(pg_get_serial_sequence('domain_event_entry', 'global_index'))", Long.class);
  }

  @Test
  void exportWithALineAppendedAfterTheCheckpointIsUnverifiedOffline(@TempDir Path directory)
      throws Exception {
    Path checkpointFile = directory.resolve("checkpoint.txt");
    Path export = directory.resolve("events.jsonl");
    Path key = directory.resolve("public.pem");
    OfflineVerifier.writeCheckpoint(checkpointFile, second);
    Files.writeString(key, keys.publicKeyPem());
    log.read(Long.MAX_VALUE, events -> EventLogExport.write(export, events));
    assertThat(OfflineVerifier.verify(checkpointFile, export, key).problem().kind())
        .as("the export's last two events are beyond the checkpoint of size 8")
        .isEqualTo(ProblemKind.UNVERIFIED);

    OfflineVerifier.writeCheckpoint(checkpointFile, trail.latestCheckpoint().orElseThrow());
    assertThat(OfflineVerifier.verify(checkpointFile, export, key).ok()).isTrue();
    List<String> lines = Files.readAllLines(export);
    Files.writeString(
        export,
        lines.get(lines.size() - 1).replace(row(b, 4).id(), "appended-1") + "\n",
        StandardOpenOption.APPEND);
    VerificationReport report = OfflineVerifier.verify(checkpointFile, export, key);
    assertThat(report.ok()).isFalse();
    assertThat(report.problem().position()).isEqualTo(10);
    assertThat(report.problem().eventIdentifier()).isEqualTo("appended-1");
  }

  @Test
  void changedAmountIsNamedAndProofOfAnotherEventStillVerifies() {
    Row a2 = row(a, 2);
    VerificationReport report =
        tampered(
            () ->
                assertThat(
                        jdbc.update(
                            "UPDATE domain_event_entry"
                                + " SET payload = regexp_replace(payload, '\"amount\":(\\d+)', '\"amount\":9\\1', 'g')"
                                + " WHERE event_identifier = ?",
                            a2.id()))
                    .isOne(),
            () ->
                assertThat(trail.inclusionProof(row(b, 2).id(), second).verifies(keys.publicKey()))
                    .isTrue());
    assertProblem(report, ProblemKind.CHANGED, a2.position(), a2, 2);
  }

  @Test
  void deletedEventIsNamedAtTheNextEventOfItsBudget() {
    Row a2 = row(a, 2);
    Row a3 = row(a, 3);
    VerificationReport report =
        tampered(
            () ->
                jdbc.update("DELETE FROM domain_event_entry WHERE event_identifier = ?", a2.id()));
    // A3 moved one place up when A2 went.
    assertProblem(report, ProblemKind.MISSING, a3.position() - 1, a3, 3);
    assertThat(report.problem().message()).contains("no event with sequence 2");
  }

  @Test
  void eventsOfOneBudgetSwappedInPlaceAreNamed() {
    Row a2 = row(a, 2);
    Row a3 = row(a, 3);
    VerificationReport report = tampered(() -> swapGlobalIndexes(a2, a3));
    assertProblem(report, ProblemKind.REORDERED, a2.position(), a3, 3);
  }

  @Test
  void payloadsOfOneBudgetSwappedAreNamed() {
    Row a2 = row(a, 2);
    Row a3 = row(a, 3);
    VerificationReport report =
        tampered(
            () ->
                jdbc.update(
                    "UPDATE domain_event_entry SET payload ="
                        + " CASE event_identifier WHEN ? THEN ? ELSE ? END WHERE event_identifier IN (?, ?)",
                    a2.id(),
                    a3.payload(),
                    a2.payload(),
                    a2.id(),
                    a3.id()));
    assertProblem(report, ProblemKind.CHANGED, a2.position(), a2, 2);
  }

  @Test
  void eventsOfTwoBudgetsSwappedAreNamedBothByTheTreeHeadsOfTheirWrites() {
    Row a2 = row(a, 2);
    Row b2 = row(b, 2);
    VerificationReport report = tampered(() -> swapGlobalIndexes(a2, b2));
    // Both chains hold; the tree head of A2's write no longer has its root, and putting B2 back
    // in its place gives that root and every later one.
    assertProblem(report, ProblemKind.REORDERED, a2.position(), b2, 2);
    assertThat(report.problem().message())
        .contains(
            a2.id(),
            b2.id(),
            "were swapped",
            "at position " + a2.position(),
            "at position " + b2.position());
  }

  @Test
  void forgedEventWithoutHashIsNamed() {
    Row a3 = row(a, 3);
    VerificationReport report = tampered(() -> forge(a3, 0, "forged-1", a.toString(), 5));
    assertThat(report.problem().kind()).isEqualTo(ProblemKind.INSERTED);
    assertThat(report.problem().position()).isZero();
    assertThat(report.problem().eventIdentifier()).isEqualTo("forged-1");
    assertThat(report.problem().message()).contains("no recorded hash");
  }

  @Test
  void forgedEventWithForgedHashBreaksTheCheckpoint() {
    Row a3 = row(a, 3);
    VerificationReport report =
        tampered(
            () -> {
              forge(a3, 0, "forged-2", "budget-2026-FORGED", 0);
              StoredEvent forged =
                  new StoredEvent(
                      0,
                      "forged-2",
                      "budget-2026-FORGED",
                      0,
                      a3.payloadType(),
                      a3.payloadRevision(),
                      a3.timestamp(),
                      a3.payload(),
                      a3.metaData());
              String hash =
                  HexFormat.of().formatHex(new EventHasher().hash(forged, EventHasher.genesis()));
              jdbc.update(
                  "INSERT INTO audit_event_hash VALUES ('forged-2', 0, 'budget-2026-FORGED', 0, ?)",
                  hash);
            });
    assertThat(report.problem().kind())
        .as(report.summary())
        .isEqualTo(ProblemKind.CHECKPOINT_MISMATCH);
    assertThat(report.problem().position()).isZero();
    assertThat(report.problem().eventIdentifier()).isEqualTo("forged-2");
    assertThat(report.problem().message()).contains("positions 0 to 0");
  }

  private void forge(Row model, long globalIndex, String id, String aggregate, long sequence) {
    jdbc.update(
        "INSERT INTO domain_event_entry (global_index, event_identifier,"
            + " aggregate_identifier, sequence_number, type, time_stamp, payload_type, payload_revision,"
            + " payload, meta_data) VALUES (?, ?, ?, ?, 'DepartmentBudgetAggregate', ?, ?, ?, ?, ?)",
        globalIndex,
        id,
        aggregate,
        sequence,
        model.timestamp(),
        model.payloadType(),
        model.payloadRevision(),
        model.payload(),
        model.metaData());
  }

  private void swapGlobalIndexes(Row x, Row y) {
    String move = "UPDATE domain_event_entry SET global_index = ? WHERE event_identifier = ?";
    jdbc.update(move, -1L, x.id());
    jdbc.update(move, x.globalIndex(), y.id());
    jdbc.update(move, y.globalIndex(), x.id());
  }

  /**
   * Tampers as the superuser with the trigger off, then verifies, all in one rolled back
   * transaction.
   */
  private VerificationReport tampered(Runnable tampering, Runnable... whileTampered) {
    TransactionTemplate superuser = new TransactionTemplate(transactions);
    return superuser.execute(
        status -> {
          status.setRollbackOnly();
          jdbc.execute(
              "ALTER TABLE domain_event_entry DISABLE TRIGGER domain_event_entry_append_only");
          tampering.run();
          jdbc.execute(
              "ALTER TABLE domain_event_entry ENABLE TRIGGER domain_event_entry_append_only");
          for (Runnable check : whileTampered) {
            check.run();
          }
          return trail.verify();
        });
  }

  private static void assertProblem(
      VerificationReport report, ProblemKind kind, long position, Row event, long sequence) {
    AuditProblem problem = report.problem();
    assertThat(problem).as(report.summary()).isNotNull();
    assertThat(problem.kind()).as(report.summary()).isEqualTo(kind);
    assertThat(problem.position()).as(report.summary()).isEqualTo(position);
    assertThat(problem.eventIdentifier()).isEqualTo(event.id());
    assertThat(problem.aggregateIdentifier()).isEqualTo(event.aggregate());
    assertThat(problem.sequenceNumber()).isEqualTo(sequence);
  }

  private Row row(BudgetId budget, long sequence) {
    Map<String, Object> r =
        jdbc.queryForMap(
            "SELECT e.*, (SELECT COUNT(*) FROM domain_event_entry p"
                + " WHERE p.global_index < e.global_index) AS position FROM domain_event_entry e"
                + " WHERE aggregate_identifier = ? AND sequence_number = ?",
            budget.toString(),
            sequence);
    return new Row(
        (String) r.get("event_identifier"),
        (String) r.get("aggregate_identifier"),
        ((Number) r.get("global_index")).longValue(),
        ((Number) r.get("position")).longValue(),
        (String) r.get("payload_type"),
        (String) r.get("payload_revision"),
        (String) r.get("time_stamp"),
        (String) r.get("payload"),
        (String) r.get("meta_data"));
  }

  private record Row(
      String id,
      String aggregate,
      long globalIndex,
      long position,
      String payloadType,
      String payloadRevision,
      String timestamp,
      String payload,
      String metaData) {}
}
