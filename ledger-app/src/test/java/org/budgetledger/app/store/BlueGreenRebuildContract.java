package org.budgetledger.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.budgetledger.app.audit.trail.EventHashWriter;
import org.budgetledger.app.command.LedgerCommands;
import org.budgetledger.app.readmodel.ReadModelMonitor;
import org.budgetledger.app.rebuild.ProjectionRebuilder;
import org.budgetledger.app.rebuild.ReadModelVersion;
import org.budgetledger.app.rebuild.ReadModelVersions;
import org.budgetledger.app.rebuild.RebuildLock;
import org.budgetledger.app.rebuild.RebuildProgress;
import org.budgetledger.app.rebuild.RebuildRunningException;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.entries.LedgerQueries;
import org.budgetledger.projections.entries.PointInTime;
import org.budgetledger.projections.slot.ReadModelSlot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 14, rebuild without downtime: a rebuild fills the slot that is not live and switches in one
 * transaction, so a reader gets the old answer until the switch and the new one after, never an
 * error; one that fails leaves the old version live and the next cleans up; two at once are not
 * allowed. The old answer is told from the new one by a fen the test adds to the live slot's office
 * line (as a read model gone wrong would): a rebuild from the events takes it away. Figures are the
 * district seed's office line, 7.31 万元.
 */
abstract class BlueGreenRebuildContract {
  static final Fen OFFICE = Fen.parseWan("7.31");
  static final Fen OFF_BY_ONE = Fen.of(OFFICE.value() + 1);

  @Autowired LedgerCommands commands;
  @Autowired LedgerQueries queries;
  @Autowired JdbcTemplate jdbc;
  @Autowired ProjectionRebuilder rebuilder;
  @Autowired ReadModelVersions versions;
  @Autowired RebuildProgress progress;
  @Autowired Environment environment;
  @Autowired MockMvc mvc;
  @Autowired TokenStore tokens;
  @Autowired TransactionManager transactions;
  @Autowired EventStore eventStore;

  static final RequestPostProcessor ADMIN = httpBasic("admin", "admin-demo-2026");
  static final RequestPostProcessor CLERK = httpBasic("luru", "luru-demo-2026");

  BudgetId budget;

  @BeforeEach
  void openBudgetAndSpoilTheLiveSlot() {
    budget = BudgetId.of(2026, "G" + Long.toHexString(System.nanoTime()).substring(5));
    LedgerTestData.openAndFund(commands, budget);
    jdbc.update(
        "UPDATE "
            + ReadModelSlot.live(jdbc).legTable()
            + " SET amount_fen = amount_fen + 1 WHERE budget_id = ? AND amount_fen = ?",
        budget.toString(),
        OFFICE.value());
    assertThat(office()).isEqualTo(OFF_BY_ONE);
  }

  Fen office() {
    return LedgerTestData.office(queries, budget, PointInTime.LATEST);
  }

  /** A session of the test's own, as another process would hold one. */
  Connection session() throws SQLException {
    Connection c =
        DriverManager.getConnection(
            environment.getProperty("spring.datasource.url"),
            environment.getProperty("spring.datasource.username", "sa"),
            environment.getProperty("spring.datasource.password", ""));
    c.setAutoCommit(false);
    return c;
  }

  boolean postgres() {
    return environment.getProperty("spring.datasource.url", "").startsWith("jdbc:postgresql");
  }

  /** Holds the ledger's append lock, which the switch takes: a rebuild waits there, caught up. */
  Connection holdAppends() throws SQLException {
    Connection c = session();
    try (Statement s = c.createStatement()) {
      s.execute(
          postgres()
              ? "SELECT pg_advisory_xact_lock(" + EventHashWriter.APPEND_LOCK + ")"
              : "SELECT id FROM audit_append_lock WHERE id = 1 FOR UPDATE");
    }
    return c;
  }

  /** Starts a rebuild that stops at its switch, the new slot filled, while appends are held. */
  CompletableFuture<Void> rebuildHeldAtTheSwitch(ReadModelSlot target) {
    CompletableFuture<Void> rebuild =
        CompletableFuture.runAsync(() -> rebuilder.rebuild(Duration.ofSeconds(60)));
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                rebuild.isDone()
                    || progress.running()
                        && progress.eventsDone() >= progress.eventsTotal()
                        && rows(target.legTable()) > 0);
    return rebuild;
  }

  long rows(String table) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
  }

  @Test
  void readersGetTheOldAnswerUntilTheSwitchAndTheNewAfterNeverAnError() throws Exception {
    ReadModelVersion before = versions.current();
    List<Fen> answers = new CopyOnWriteArrayList<>();
    List<Throwable> errors = new CopyOnWriteArrayList<>();
    AtomicBoolean reading = new AtomicBoolean(true);
    CompletableFuture<Void> reader =
        CompletableFuture.runAsync(
            () -> {
              while (reading.get()) {
                try {
                  answers.add(office());
                } catch (RuntimeException e) {
                  errors.add(e);
                }
              }
            });
    try (Connection appends = holdAppends()) {
      CompletableFuture<Void> rebuild = rebuildHeldAtTheSwitch(before.live().other());
      assertThat(rebuild).isNotDone();
      assertThat(office()).isEqualTo(OFF_BY_ONE);
      assertThat(versions.current()).isEqualTo(before);
      appends.rollback();
      rebuild.get(60, TimeUnit.SECONDS);
    }
    assertThat(office()).isEqualTo(OFFICE);
    reading.set(false);
    reader.get(10, TimeUnit.SECONDS);

    assertThat(errors).isEmpty();
    assertThat(answers).isNotEmpty().allMatch(a -> a.equals(OFF_BY_ONE) || a.equals(OFFICE));
    int firstNew = answers.indexOf(OFFICE);
    if (firstNew >= 0) {
      assertThat(answers.subList(firstNew, answers.size())).allMatch(OFFICE::equals);
    }
    ReadModelVersion after = versions.current();
    assertThat(after.live()).isEqualTo(before.live().other());
    assertThat(after.version()).isEqualTo(before.version() + 1);
    assertThat(rows(before.live().legTable())).isZero();
  }

  @Test
  void processorsFollowTheSwitchIntoTheNewSlot() {
    ReadModelVersion before = versions.current();
    rebuilder.rebuild(Duration.ofSeconds(60));
    commands.send(LedgerTestData.supplement(budget, "after", "1.00", LocalDate.of(2026, 3, 1)));
    assertThat(office()).isEqualTo(Fen.parseWan("8.31"));
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM "
                    + before.live().other().legTable()
                    + " WHERE budget_id = ? AND entry_id = 'after'",
                Long.class,
                budget.toString()))
        .isEqualTo(2);
  }

  @Test
  void aRebuildGivesEachReadModelTheConfiguredSegmentCount() {
    // Issue 14: the count was fixed at the database's first start. Here the tokens are made again
    // with one segment each, as a database first started with LEDGER_PROCESSOR_SEGMENTS=1 has them.
    int configured =
        environment.getProperty(
            "axon.eventhandling.processors.ledger-entries.initial-segment-count", Integer.class);
    assertThat(configured).isGreaterThan(1);
    transactions.executeInTransaction(
        () -> {
          TrackingToken head = eventStore.createHeadToken();
          for (String name : ReadModelMonitor.PROCESSORS) {
            jdbc.update("DELETE FROM token_entry WHERE processor_name = ?", name);
            tokens.initializeTokenSegments(name, 1, head);
          }
        });
    for (String name : ReadModelMonitor.PROCESSORS) {
      assertThat(tokens.fetchSegments(name)).hasSize(1);
    }
    rebuilder.rebuild(Duration.ofSeconds(60));
    for (String name : ReadModelMonitor.PROCESSORS) {
      assertThat(tokens.fetchSegments(name)).hasSize(configured);
    }
    // The processors work on from the new segments: a write is read back.
    commands.send(LedgerTestData.supplement(budget, "after", "1.00", LocalDate.of(2026, 3, 1)));
    assertThat(office()).isEqualTo(Fen.parseWan("8.31"));
  }

  @Test
  void aSecondRebuildIsRefusedWhileOneRuns() throws Exception {
    ReadModelVersion before = versions.current();
    try (Connection appends = holdAppends()) {
      CompletableFuture<Void> first = rebuildHeldAtTheSwitch(before.live().other());
      assertThatThrownBy(() -> rebuilder.rebuild(Duration.ofSeconds(60)))
          .isInstanceOf(RebuildRunningException.class)
          .hasMessageContaining("a rebuild of the read models is already running (version ")
          .hasMessageContaining(String.valueOf(before.version() + 1))
          .hasMessageContaining("nothing was changed");
      mvc.perform(post("/api/read-models/rebuild").with(ADMIN))
          .andExpect(status().isConflict())
          .andExpect(jsonPath("$.title").value("A rebuild is already running"));
      mvc.perform(get("/api/read-models").with(CLERK))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.version").value(before.version()))
          .andExpect(jsonPath("$.rebuilding").value(true));
      appends.rollback();
      first.get(60, TimeUnit.SECONDS);
    }
    assertThat(versions.current().version()).isEqualTo(before.version() + 1);
    assertThat(office()).isEqualTo(OFFICE);
  }

  /** Over REST, a rebuild is the 管理员's: a clerk is refused, the admin gets the new version. */
  @Test
  void restRebuildIsTheAdminsAndAnswersWithTheNewVersion() throws Exception {
    ReadModelVersion before = versions.current();
    mvc.perform(post("/api/read-models/rebuild").with(CLERK)).andExpect(status().isForbidden());
    assertThat(versions.current()).isEqualTo(before);
    mvc.perform(post("/api/read-models/rebuild").with(ADMIN))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version").value(before.version() + 1))
        .andExpect(jsonPath("$.liveSlot").value(before.live().other().key()))
        .andExpect(jsonPath("$.rebuilding").value(false));
    assertThat(office()).isEqualTo(OFFICE);
  }

  /**
   * A rebuild that fails on an event (here the new slot refuses one row, as a database refusing it
   * would) leaves the old version live and answering; its half-built slot, and rows a rebuild
   * killed earlier left there, are emptied by the next rebuild, which then switches.
   */
  @Test
  void aRebuildThatFailsHalfwayLeavesTheOldVersionLiveAndTheNextCleansUp() {
    ReadModelVersion before = versions.current();
    ReadModelSlot target = before.live().other();
    commands.send(LedgerTestData.supplementWithReason(budget, "refused", "halfway"));
    jdbc.execute(
        "ALTER TABLE "
            + target.legTable()
            + " ADD CONSTRAINT refuses_halfway CHECK (reason IS NULL OR reason <> 'halfway')");
    try {
      assertThatThrownBy(() -> rebuilder.rebuild(Duration.ofSeconds(60)));
    } finally {
      jdbc.execute("ALTER TABLE " + target.legTable() + " DROP CONSTRAINT refuses_halfway");
    }
    assertThat(versions.current()).isEqualTo(before);
    assertThat(office()).isEqualTo(OFF_BY_ONE.plus(Fen.parseWan("1.00")));
    jdbc.update(
        "INSERT INTO " + target.legTable() + " SELECT * FROM ledger_entry_leg WHERE budget_id = ?",
        budget.toString());
    jdbc.update(
        "UPDATE " + target.legTable() + " SET event_id = 'left-by-a-dead-rebuild-' || event_id");

    rebuilder.rebuild(Duration.ofSeconds(60));

    assertThat(versions.current().live()).isEqualTo(target);
    assertThat(office()).isEqualTo(Fen.parseWan("8.31"));
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM ledger_entry_leg WHERE event_id LIKE 'left-by-%'",
                Long.class))
        .isZero();
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM ledger_entry_leg WHERE budget_id = ?",
                Long.class,
                budget.toString()))
        .isEqualTo(5);
  }

  /**
   * The rebuild lock is the database's: a rebuild killed with its process (here a session of the
   * test's own that takes the lock, then goes) frees it when its connection drops.
   */
  @Test
  void aDeadRebuildsLockIsFreedWithItsConnection() throws Exception {
    ReadModelVersion before = versions.current();
    Connection dead = session();
    try (Statement s = dead.createStatement()) {
      s.execute(
          postgres()
              ? "SELECT pg_advisory_lock(" + RebuildLock.POSTGRES_KEY + ")"
              : "SELECT id FROM read_model_rebuild_lock WHERE id = 1 FOR UPDATE");
    }
    assertThatThrownBy(() -> rebuilder.rebuild(Duration.ofSeconds(60)))
        .isInstanceOf(RebuildRunningException.class);
    assertThat(versions.current()).isEqualTo(before);
    dead.close();
    // The database ends a dropped session's locks as it notices the drop, a moment later.
    await()
        .atMost(Duration.ofSeconds(30))
        .ignoreExceptionsInstanceOf(RebuildRunningException.class)
        .until(
            () -> {
              rebuilder.rebuild(Duration.ofSeconds(60));
              return true;
            });
    assertThat(versions.current().version()).isEqualTo(before.version() + 1);
    assertThat(office()).isEqualTo(OFFICE);
  }
}
