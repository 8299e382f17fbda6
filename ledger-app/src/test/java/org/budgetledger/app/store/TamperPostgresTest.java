package org.budgetledger.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import org.budgetledger.app.audit.chain.EventHasher;
import org.budgetledger.app.audit.chain.StoredEvent;
import org.budgetledger.app.audit.checkpoint.Checkpoint;
import org.budgetledger.app.audit.checkpoint.LedgerKeys;
import org.budgetledger.app.audit.trail.AuditTrail;
import org.budgetledger.app.audit.verification.AuditProblem;
import org.budgetledger.app.audit.verification.ProblemKind;
import org.budgetledger.app.audit.verification.VerificationReport;
import org.budgetledger.app.command.LedgerCommands;
import org.budgetledger.core.model.BudgetId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tampering with the stored log as a PostgreSQL superuser would, with the append-only trigger
 * disabled: each kind is detected and named by {@code verify} with its position and identifiers.
 *
 * <p>Two budgets A and B are written interleaved: A0 A1 B0 B1 | A2 B2 A3 B3 (their opening and
 * initial entry, then two supplements each), checkpointed at the bar and at the end. Each test
 * tampers inside a transaction, verifies in it, and rolls back, so the tests do not see each other.
 */
@SpringBootTest(properties = {"ledger.seeds.import-on-start=false",
    "ledger.audit.periodic-checkpoints=false", "ledger.audit.keys-dir=target/audit-pg-keys"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TamperPostgresTest {
  @Autowired LedgerCommands commands;
  @Autowired AuditTrail trail;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactions;
  @Autowired LedgerKeys keys;
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
    assertThat(first.treeSize()).isEqualTo(4);
    assertThat(second.treeSize()).isEqualTo(8);
  }

  @Test
  void untouchedLogVerifies() {
    VerificationReport report = trail.verify();
    assertThat(report.ok()).as(report.summary()).isTrue();
    assertThat(report.checkpointedEvents()).isEqualTo(8);
  }

  @Test
  void changedAmountIsNamedAndProofOfAnotherEventStillVerifies() {
    Row a2 = row(a, 2);
    VerificationReport report = tampered(() -> assertThat(jdbc.update("UPDATE domain_event_entry"
        + " SET payload = regexp_replace(payload, '\"amount\":(\\d+)', '\"amount\":9\\1', 'g')"
        + " WHERE event_identifier = ?", a2.id())).isOne(),
        () -> assertThat(trail.inclusionProof(row(b, 2).id(), second).verifies(keys.publicKey()))
            .isTrue());
    assertProblem(report, ProblemKind.CHANGED, a2.position(), a2, 2);
  }

  @Test
  void deletedEventIsNamedAtTheNextEventOfItsBudget() {
    Row a2 = row(a, 2);
    Row a3 = row(a, 3);
    VerificationReport report = tampered(() ->
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
    VerificationReport report = tampered(() -> jdbc.update("UPDATE domain_event_entry SET payload ="
        + " CASE event_identifier WHEN ? THEN ? ELSE ? END WHERE event_identifier IN (?, ?)",
        a2.id(), a3.payload(), a2.payload(), a2.id(), a3.id()));
    assertProblem(report, ProblemKind.CHANGED, a2.position(), a2, 2);
  }

  @Test
  void eventsOfTwoBudgetsSwappedBreakTheCheckpointThatSignedThem() {
    Row a2 = row(a, 2);
    Row b2 = row(b, 2);
    VerificationReport report = tampered(() -> swapGlobalIndexes(a2, b2));
    // Both chains hold; the second checkpoint's root locates it between the two checkpoints.
    assertProblem(report, ProblemKind.CHECKPOINT_MISMATCH, first.treeSize(), b2, 2);
    assertThat(a2.position()).isEqualTo(first.treeSize());
  }

  @Test
  void forgedEventWithoutHashIsNamed() {
    Row a3 = row(a, 3);
    VerificationReport report = tampered(() -> forge(a3, 0, "forged-1", a.toString(), 4));
    assertThat(report.problem().kind()).isEqualTo(ProblemKind.INSERTED);
    assertThat(report.problem().position()).isZero();
    assertThat(report.problem().eventIdentifier()).isEqualTo("forged-1");
    assertThat(report.problem().message()).contains("no recorded hash");
  }

  @Test
  void forgedEventWithForgedHashBreaksTheCheckpoint() {
    Row a3 = row(a, 3);
    VerificationReport report = tampered(() -> {
      forge(a3, 0, "forged-2", "budget-2026-FORGED", 0);
      StoredEvent forged = new StoredEvent(0, "forged-2", "budget-2026-FORGED", 0,
          a3.payloadType(), a3.payloadRevision(), a3.timestamp(), a3.payload(), a3.metaData());
      String hash = HexFormat.of().formatHex(new EventHasher().hash(forged, EventHasher.genesis()));
      jdbc.update("INSERT INTO audit_event_hash VALUES ('forged-2', 0, 'budget-2026-FORGED', 0, ?)",
          hash);
    });
    assertThat(report.problem().kind()).isEqualTo(ProblemKind.CHECKPOINT_MISMATCH);
    assertThat(report.problem().position()).isZero();
    assertThat(report.problem().eventIdentifier()).isEqualTo("forged-2");
  }

  private void forge(Row model, long globalIndex, String id, String aggregate, long sequence) {
    jdbc.update("INSERT INTO domain_event_entry (global_index, event_identifier,"
        + " aggregate_identifier, sequence_number, type, time_stamp, payload_type, payload_revision,"
        + " payload, meta_data) VALUES (?, ?, ?, ?, 'DepartmentBudgetAggregate', ?, ?, ?, ?, ?)",
        globalIndex, id, aggregate, sequence, model.timestamp(), model.payloadType(),
        model.payloadRevision(), model.payload(), model.metaData());
  }

  private void swapGlobalIndexes(Row x, Row y) {
    String move = "UPDATE domain_event_entry SET global_index = ? WHERE event_identifier = ?";
    jdbc.update(move, -1L, x.id());
    jdbc.update(move, x.globalIndex(), y.id());
    jdbc.update(move, y.globalIndex(), x.id());
  }

  /** Tampers as the superuser with the trigger off, then verifies, all in one rolled back transaction. */
  private VerificationReport tampered(Runnable tampering, Runnable... whileTampered) {
    TransactionTemplate superuser = new TransactionTemplate(transactions);
    return superuser.execute(status -> {
      status.setRollbackOnly();
      jdbc.execute("ALTER TABLE domain_event_entry DISABLE TRIGGER domain_event_entry_append_only");
      tampering.run();
      jdbc.execute("ALTER TABLE domain_event_entry ENABLE TRIGGER domain_event_entry_append_only");
      for (Runnable check : whileTampered) {
        check.run();
      }
      return trail.verify();
    });
  }

  private static void assertProblem(VerificationReport report, ProblemKind kind, long position,
      Row event, long sequence) {
    AuditProblem problem = report.problem();
    assertThat(problem).as(report.summary()).isNotNull();
    assertThat(problem.kind()).as(report.summary()).isEqualTo(kind);
    assertThat(problem.position()).as(report.summary()).isEqualTo(position);
    assertThat(problem.eventIdentifier()).isEqualTo(event.id());
    assertThat(problem.aggregateIdentifier()).isEqualTo(event.aggregate());
    assertThat(problem.sequenceNumber()).isEqualTo(sequence);
  }

  private Row row(BudgetId budget, long sequence) {
    Map<String, Object> r = jdbc.queryForMap("SELECT e.*, (SELECT COUNT(*) FROM domain_event_entry p"
        + " WHERE p.global_index < e.global_index) AS position FROM domain_event_entry e"
        + " WHERE aggregate_identifier = ? AND sequence_number = ?", budget.toString(), sequence);
    return new Row((String) r.get("event_identifier"), (String) r.get("aggregate_identifier"),
        ((Number) r.get("global_index")).longValue(), ((Number) r.get("position")).longValue(),
        (String) r.get("payload_type"), (String) r.get("payload_revision"),
        (String) r.get("time_stamp"), (String) r.get("payload"), (String) r.get("meta_data"));
  }

  private record Row(String id, String aggregate, long globalIndex, long position,
      String payloadType, String payloadRevision, String timestamp, String payload,
      String metaData) {}
}
