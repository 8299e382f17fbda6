package org.budgetledger.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.budgetledger.app.adjustment.AdjustmentBatch;
import org.budgetledger.app.adjustment.AdjustmentEntry;
import org.budgetledger.app.adjustment.FilePlace;
import org.budgetledger.app.command.LedgerCommands;
import org.budgetledger.app.rebuild.ProjectionRebuilder;
import org.budgetledger.core.budget.api.BudgetRuleViolation;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.entries.LedgerQueries;
import org.budgetledger.projections.entries.PointInTime;
import org.budgetledger.projections.slot.ReadModelSlot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What every database the ledger runs on must do. Subclasses bind it to H2 and to PostgreSQL;
 * figures are the district seed's (北京市东城区医疗保障局, 2026).
 */
abstract class LedgerPersistenceContract {
  /** The demo 录入 user of application.yml: the API needs a signed-in writer. */
  static final RequestPostProcessor ENTRY_USER = httpBasic("luru", "luru-demo-2026");

  @Autowired LedgerCommands commands;
  @Autowired LedgerQueries queries;
  @Autowired JdbcTemplate jdbc;
  @Autowired MockMvc mvc;
  @Autowired ProjectionRebuilder rebuilder;
  @Autowired AdjustmentBatch batch;
  @Autowired EventStorageEngine engine;

  /** Every column of the entries read model, so a rebuild is compared with live in full. */
  static final String LEG_COLUMNS =
      "event_id, leg_no, global_index, budget_id, entry_id,"
          + " entry_type, side, unit_code, function_code, gov_economic, dept_economic, kind,"
          + " project_code, project_name, fund_source, origin, amount_fen, effective_date,"
          + " recorded_at, actor, basis_document, basis_number, reason, reversed_entry_id,"
          + " derivation_rule, derivation_note";

  BudgetId budget;

  @BeforeEach
  void openBudgetWithInitialEntry() {
    budget = BudgetId.of(2026, "D" + Long.toHexString(System.nanoTime()).substring(4));
    LedgerTestData.openAndFund(commands, budget);
  }

  long eventCount() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
  }

  @Test
  void balancesAnswerBothTimes() {
    // Recorded times are stored to the millisecond, and a write can now land in the same one.
    Instant beforeAdjustment = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusMillis(1);
    commands.send(LedgerTestData.supplement(budget, "s1", "12.34", LocalDate.of(2026, 6, 1)));
    assertThat(LedgerTestData.office(queries, budget, PointInTime.LATEST))
        .isEqualTo(Fen.parseWan("19.65"));
    assertThat(LedgerTestData.office(queries, budget, PointInTime.asOf(beforeAdjustment)))
        .isEqualTo(Fen.parseWan("7.31"));
    assertThat(
            LedgerTestData.office(
                queries, budget, PointInTime.effective(LocalDate.of(2026, 5, 31))))
        .isEqualTo(Fen.parseWan("7.31"));
  }

  @Test
  void rejectedRequestWritesNothing() throws Exception {
    long before = eventCount();
    String unbalanced = LedgerTestData.entryJson("SUPPLEMENT", "10.00", "9.99");
    mvc.perform(
            post("/api/budgets/" + budget + "/entries")
                .contentType(MediaType.APPLICATION_JSON)
                .content(unbalanced)
                .with(ENTRY_USER))
        .andExpect(status().is(422))
        .andExpect(jsonPath("$.rule").value("UNBALANCED"));
    String badAmount = LedgerTestData.entryJson("SUPPLEMENT", "10.00", "10.0000001");
    mvc.perform(
            post("/api/budgets/" + budget + "/entries")
                .contentType(MediaType.APPLICATION_JSON)
                .content(badAmount)
                .with(ENTRY_USER))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("spendingLegs[0].amount"));
    assertThat(eventCount()).isEqualTo(before);
  }

  @Test
  void eventTableRefusesUpdateAndDelete() {
    assertThatThrownBy(() -> jdbc.update("UPDATE domain_event_entry SET payload = '{}'"))
        .rootCause()
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.update("DELETE FROM domain_event_entry"))
        .rootCause()
        .hasMessageContaining("append-only");
    assertThat(eventCount()).isPositive();
  }

  @Test
  void rebuildEqualsLive() {
    commands.send(LedgerTestData.supplement(budget, "s1", "1.00", LocalDate.of(2026, 3, 1)));
    String rows =
        "SELECT event_id, leg_no, entry_id, side, unit_code, function_code, amount_fen,"
            + " effective_date, recorded_at FROM ledger_entry_leg ORDER BY event_id, leg_no";
    List<Map<String, Object>> live = jdbc.queryForList(rows);
    rebuilder.rebuild(Duration.ofSeconds(60));
    assertThat(jdbc.queryForList(rows)).isEqualTo(live).isNotEmpty();
  }

  /**
   * The bulk rebuild writes into tables it expects empty: stale rows (a leg of no event, a leg
   * whose amount was altered, a fact of no event) must be gone, every row equal to live, and the
   * processors must go on from where the rebuild stopped.
   */
  @Test
  void rebuildOverStaleRowsEqualsLiveAndProcessorsGoOn() {
    commands.send(LedgerTestData.supplement(budget, "s1", "1.00", LocalDate.of(2026, 3, 1)));
    String legs = "SELECT " + LEG_COLUMNS + " FROM ledger_entry_leg ORDER BY event_id, leg_no";
    String facts =
        "SELECT event_id, global_index, budget_id, fact_type, effective_date,"
            + " recorded_at, actor, payload FROM budget_fact ORDER BY event_id";
    List<Map<String, Object>> liveLegs = jdbc.queryForList(legs);
    List<Map<String, Object>> liveFacts = jdbc.queryForList(facts);
    // Stale rows in the live slot's tables (the views are read-only).
    ReadModelSlot slot = ReadModelSlot.live(jdbc);
    jdbc.update(
        "INSERT INTO "
            + slot.legTable()
            + " ("
            + LEG_COLUMNS
            + ") SELECT 'stale-event', "
            + LEG_COLUMNS.substring(LEG_COLUMNS.indexOf(',') + 1)
            + " FROM ledger_entry_leg WHERE"
            + " event_id = ?",
        liveLegs.get(0).get("event_id"));
    jdbc.update(
        "UPDATE " + slot.legTable() + " SET amount_fen = amount_fen + 1 WHERE event_id = ?",
        liveLegs.get(1).get("event_id"));
    jdbc.update(
        "INSERT INTO "
            + slot.factTable()
            + " (event_id, global_index, budget_id, fact_type,"
            + " effective_date, recorded_at, actor, payload) SELECT 'stale-fact', global_index,"
            + " budget_id, fact_type, effective_date, recorded_at, actor, payload FROM budget_fact"
            + " WHERE event_id = ?",
        liveFacts.get(0).get("event_id"));

    rebuilder.rebuild(Duration.ofSeconds(60));

    assertThat(jdbc.queryForList(legs)).isEqualTo(liveLegs).isNotEmpty();
    assertThat(jdbc.queryForList(facts)).isEqualTo(liveFacts).isNotEmpty();
    commands.send(LedgerTestData.supplement(budget, "s2", "2.00", LocalDate.of(2026, 4, 1)));
    assertThat(LedgerTestData.office(queries, budget, PointInTime.LATEST))
        .isEqualTo(Fen.parseWan("10.31"));
  }

  @Test
  void aGrowingBudgetIsSnapshottedAndStillKeepsItsRules() {
    for (int i = 0; i < 55; i++) {
      commands.send(
          LedgerTestData.supplement(budget, "grow-" + i, "0.01", LocalDate.of(2026, 5, 1)));
    }
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM snapshot_event_entry WHERE" + " aggregate_identifier = ?",
                Long.class,
                budget.toString()))
        .isPositive();
    // 7.31 + 55 × 0.01 = 7.86 万元: taking 7.87 away must still be refused after a snapshot load.
    assertThatThrownBy(
            () ->
                commands.send(
                    LedgerTestData.reduction(budget, "too-much", "7.87", LocalDate.of(2026, 6, 1))))
        .isInstanceOf(BudgetRuleViolation.class)
        .hasMessageContaining("-10000 fen");
    commands.send(LedgerTestData.reduction(budget, "all", "7.86", LocalDate.of(2026, 6, 1)));
    assertThat(LedgerTestData.office(queries, budget, PointInTime.LATEST)).isEqualTo(Fen.ZERO);
  }

  @Test
  void aLargeTransactionSnapshotsItsBudgetOnceAndKeepsItsRules() {
    List<AdjustmentEntry> entries = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      entries.add(
          AdjustmentEntry.of(
              new FilePlace("bulk.csv", i + 2, 0),
              LedgerTestData.supplement(budget, "bulk-" + i, "0.01", LocalDate.of(2026, 5, 1))));
    }
    batch.sendAll(entries, false);
    // 120 events pass the threshold of 50 twice; Axon snapshots once, after the commit, covering
    // all.
    assertThat(
            jdbc.queryForList(
                "SELECT sequence_number FROM snapshot_event_entry WHERE"
                    + " aggregate_identifier = ?",
                Long.class,
                budget.toString()))
        .containsExactly(lastSequence());
    // 7.31 + 120 × 0.01 = 8.51 万元, known to the budget loaded from that snapshot.
    assertThatThrownBy(
            () ->
                commands.send(
                    LedgerTestData.reduction(budget, "too-much", "8.52", LocalDate.of(2026, 6, 1))))
        .isInstanceOf(BudgetRuleViolation.class)
        .hasMessageContaining("-10000 fen");
  }

  private long lastSequence() {
    return jdbc.queryForObject(
        "SELECT MAX(sequence_number) FROM domain_event_entry WHERE" + " aggregate_identifier = ?",
        Long.class,
        budget.toString());
  }

  /**
   * What a second process writing the same budget meets (in one process Axon's aggregate lock keeps
   * writers apart): the database's key on (aggregate, sequence) refuses the batch, reported as Axon
   * reports a duplicate key, and nothing of the batch is stored, neither event nor hash.
   */
  @Test
  void anAppendCollidingWithAStoredEventIsRefusedWhole() {
    String aggregate = budget.toString();
    var fresh = new GenericDomainEventMessage<>("DepartmentBudget", aggregate, 1000L, "probe");
    var taken = new GenericDomainEventMessage<>("DepartmentBudget", aggregate, 0L, "probe");
    assertThatThrownBy(() -> engine.appendEvents(List.of(fresh, taken)))
        .isInstanceOf(EventStoreException.class)
        .hasMessageContaining("was already inserted");
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM domain_event_entry WHERE" + " event_identifier = ?",
                Long.class,
                fresh.getIdentifier()))
        .isZero();
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_event_hash WHERE" + " event_identifier = ?",
                Long.class,
                fresh.getIdentifier()))
        .isZero();
  }

  @Test
  void concurrentWritersLoseNothing() throws Exception {
    ConcurrentWriters.Outcome outcome = new ConcurrentWriters(commands, budget).run(2, 15);
    long expected =
        Fen.parseWan("7.31").value()
            + outcome.acceptedSupplements() * Fen.parseWan("1.00").value()
            - outcome.acceptedReductions() * Fen.parseWan("1.50").value();
    assertThat(LedgerTestData.office(queries, budget, PointInTime.LATEST).value())
        .isEqualTo(expected);
    assertThat(outcome.rejected())
        .allSatisfy(id -> assertThat(queries.entry(budget, id)).isEmpty());
    assertThat(outcome.accepted())
        .allSatisfy(id -> assertThat(queries.entry(budget, id)).isNotEmpty());
    assertThat(outcome.rejected()).isNotEmpty();
  }

  /**
   * Eight clients posting 追加 to one budget at once through REST, each sending its first request
   * twice (a client retrying after a lost answer): every acknowledged entry is recorded exactly
   * once and the line's total is exact.
   */
  @Test
  void eightRestWritersOnOneBudgetRecordEveryAcknowledgedEntryOnce() throws Exception {
    int writers = 8;
    int each = 5;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    List<Future<List<String>>> outcomes = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      String prefix = "rest-" + w + "-";
      outcomes.add(
          pool.submit(
              () -> {
                List<String> acknowledged = new ArrayList<>();
                for (int i = 0; i < each; i++) {
                  String requestId = prefix + i;
                  for (int attempt = 0; attempt < (i == 0 ? 2 : 1); attempt++) {
                    int status =
                        mvc.perform(
                                post("/api/budgets/{b}/entries", budget.toString())
                                    .with(ENTRY_USER)
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content(
                                        LedgerTestData.entryJson("SUPPLEMENT", "1.00", "1.00")
                                            .replaceFirst(
                                                "\"requestId\":\"[^\"]*\"",
                                                "\"requestId\":\"" + requestId + "\"")))
                            .andReturn()
                            .getResponse()
                            .getStatus();
                    if (status == 201 && attempt == 0) {
                      acknowledged.add(requestId);
                    }
                  }
                }
                return acknowledged;
              }));
    }
    List<String> acknowledged = new ArrayList<>();
    for (Future<List<String>> outcome : outcomes) {
      acknowledged.addAll(outcome.get(5, TimeUnit.MINUTES));
    }
    pool.shutdown();
    assertThat(acknowledged).hasSize(writers * each);
    assertThat(LedgerTestData.office(queries, budget, PointInTime.LATEST).value())
        .isEqualTo(Fen.parseWan("7.31").value() + writers * each * Fen.parseWan("1.00").value());
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM domain_event_entry" + " WHERE aggregate_identifier = ?",
                Long.class,
                budget.toString()))
        .as("opening, 年初预算 and one event per acknowledged entry")
        .isEqualTo(2L + writers * each);
  }
}
