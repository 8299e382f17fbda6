package org.budgetledger.app.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.budgetledger.core.budget.api.BudgetEvent;
import org.budgetledger.core.budget.api.BudgetOpenedEvent;
import org.budgetledger.core.budget.api.EntryRecordedEvent;
import org.budgetledger.core.budget.api.UnitRenamedEvent;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.Basis;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.DeptEconomicCode;
import org.budgetledger.core.model.DisclosureFormat;
import org.budgetledger.core.model.EntryId;
import org.budgetledger.core.model.EntryType;
import org.budgetledger.core.model.ExpenditureKind;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.FunctionCode;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.core.model.GovEconomicCode;
import org.budgetledger.core.model.IncomeKey;
import org.budgetledger.core.model.IncomeLeg;
import org.budgetledger.core.model.LineKey;
import org.budgetledger.core.model.Origin;
import org.budgetledger.core.model.SpendingLeg;
import org.budgetledger.core.model.Unit;
import org.budgetledger.core.model.UnitCode;
import org.budgetledger.projections.entries.LedgerEntriesProjector;
import org.budgetledger.projections.entries.LegTable;
import org.budgetledger.projections.facts.BudgetFactsProjector;
import org.budgetledger.projections.facts.FactTable;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two projectors on their own, on the application's schema (H2, the migrations), fed through
 * Axon's annotated-handler adapter as a processor feeds them: one event per batch as they arrive,
 * or every event in one batch after a reset. Replay from zero must give exactly the rows that
 * incremental processing gave, and handling an event again must change nothing.
 */
class ProjectorReplayTest {
  private static final BudgetId BUDGET = BudgetId.of(2026, "201");
  private static final UnitCode BUREAU = UnitCode.of("201001");
  private static final Basis BASIS = new Basis("2026年部门预算批复", "东财预〔2026〕1号");
  private static final Actor ACTOR = Actor.of("tester");
  private static final LineKey OFFICE =
      new LineKey(
          BUREAU,
          FunctionCode.of("2101501"),
          GovEconomicCode.of("50201"),
          DeptEconomicCode.of("30201"),
          ExpenditureKind.BASIC_PUBLIC,
          null,
          FundSource.GENERAL_BUDGET);
  private static final LineKey SALARY =
      new LineKey(
          BUREAU,
          FunctionCode.of("2101501"),
          GovEconomicCode.of("50101"),
          DeptEconomicCode.of("30101"),
          ExpenditureKind.BASIC_PERSONNEL,
          null,
          FundSource.GENERAL_BUDGET);
  private static final IncomeKey GENERAL =
      new IncomeKey(BUREAU, FundSource.GENERAL_BUDGET, Origin.CURRENT_YEAR);

  private JdbcTemplate jdbc;
  private List<AnnotationEventHandlerAdapter> projectors;

  @BeforeEach
  void schema() {
    JdbcDataSource database = new JdbcDataSource();
    database.setURL("jdbc:h2:mem:projectors-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    Flyway.configure()
        .dataSource(database)
        .locations("classpath:db/migration/common", "classpath:db/migration/h2")
        .load()
        .migrate();
    jdbc = new JdbcTemplate(database);
    projectors =
        List.of(
            new AnnotationEventHandlerAdapter(new LedgerEntriesProjector(new LegTable(jdbc))),
            new AnnotationEventHandlerAdapter(
                new BudgetFactsProjector(new FactTable(jdbc, JsonMapper.builder().build()))));
  }

  @Test
  void replayFromZeroGivesTheRowsOfIncrementalProcessing() throws Exception {
    List<EventMessage<?>> events = ledger();
    for (EventMessage<?> event : events) {
      inOneBatch(List.of(event));
    }
    List<Map<String, Object>> legs = legs();
    List<Map<String, Object>> facts = facts();
    // 年初预算 1 income + 2 spending legs, 追加 2, 调剂 2: seven legs; opened and renamed: facts
    assertThat(legs).hasSize(7);
    assertThat(facts)
        .extracting(f -> f.get("FACT_TYPE"))
        .containsExactly("BudgetOpenedEvent", "UnitRenamedEvent");

    for (AnnotationEventHandlerAdapter projector : projectors) {
      projector.prepareReset();
    }
    assertThat(legs()).isEmpty();
    assertThat(facts()).isEmpty();
    inOneBatch(events);

    assertThat(legs()).isEqualTo(legs);
    assertThat(facts()).isEqualTo(facts);
  }

  @Test
  void anEventHandledAgainChangesNothing() throws Exception {
    List<EventMessage<?>> events = ledger();
    inOneBatch(events);
    List<Map<String, Object>> legs = legs();
    List<Map<String, Object>> facts = facts();

    inOneBatch(events.subList(1, 3));
    for (EventMessage<?> event : events) {
      inOneBatch(List.of(event));
    }

    assertThat(legs()).isEqualTo(legs);
    assertThat(facts()).isEqualTo(facts);
  }

  @Test
  void withoutABatchEachEventIsWrittenAtOnce() throws Exception {
    for (EventMessage<?> event : ledger()) {
      for (AnnotationEventHandlerAdapter projector : projectors) {
        projector.handle(event);
      }
    }
    assertThat(legs())
        .extracting(l -> l.get("AMOUNT_FEN"))
        .containsExactlyInAnyOrder(
            411_450_000L, 404_140_000L, 7_310_000L, 2_000_000L, 2_000_000L, -500_000L, 500_000L);
  }

  /** One processing batch: one unit of work around the events, committed as a processor does. */
  private void inOneBatch(List<EventMessage<?>> events) throws Exception {
    UnitOfWork<EventMessage<?>> batch = DefaultUnitOfWork.startAndGet(events.get(0));
    try {
      for (EventMessage<?> event : events) {
        for (AnnotationEventHandlerAdapter projector : projectors) {
          projector.handle(event);
        }
      }
      batch.commit();
    } catch (Exception | Error e) {
      batch.rollback(e);
      throw e;
    }
  }

  private List<Map<String, Object>> legs() {
    return jdbc.queryForList("SELECT * FROM ledger_entry_leg ORDER BY global_index, leg_no");
  }

  private List<Map<String, Object>> facts() {
    return jdbc.queryForList("SELECT * FROM budget_fact ORDER BY global_index");
  }

  /** A small year: opened, 年初预算, a 追加, a unit renamed, a 调剂; global indexes 0 to 4. */
  private static List<EventMessage<?>> ledger() {
    LocalDate jan1 = LocalDate.of(2026, 1, 1);
    List<BudgetEvent> payloads =
        List.of(
            new BudgetOpenedEvent(
                BUDGET,
                "北京市东城区医疗保障局",
                DisclosureFormat.DISTRICT,
                2,
                List.of(new Unit(BUREAU, "北京市东城区医疗保障局本级", "行政单位")),
                jan1,
                BASIS,
                ACTOR),
            entry(
                "initial",
                EntryType.INITIAL_BUDGET,
                List.of(new IncomeLeg(GENERAL, wan("411.45"))),
                List.of(
                    new SpendingLeg(SALARY, wan("404.14")), new SpendingLeg(OFFICE, wan("7.31"))),
                jan1),
            entry(
                "s1",
                EntryType.SUPPLEMENT,
                List.of(new IncomeLeg(GENERAL, wan("2.00"))),
                List.of(new SpendingLeg(OFFICE, wan("2.00"))),
                LocalDate.of(2026, 3, 15)),
            new UnitRenamedEvent(
                BUDGET, BUREAU, "北京市东城区医疗保障局机关", "行政单位", LocalDate.of(2026, 4, 1), BASIS, ACTOR),
            entry(
                "r1",
                EntryType.REALLOCATION,
                List.of(),
                List.of(
                    new SpendingLeg(OFFICE, wan("-0.50")), new SpendingLeg(SALARY, wan("0.50"))),
                LocalDate.of(2026, 8, 1)));
    List<EventMessage<?>> messages = new ArrayList<>();
    for (int i = 0; i < payloads.size(); i++) {
      messages.add(
          new GenericTrackedDomainEventMessage<>(
              new GlobalSequenceTrackingToken(i),
              new GenericDomainEventMessage<>(
                  "DepartmentBudget",
                  BUDGET.toString(),
                  i,
                  payloads.get(i),
                  MetaData.emptyInstance(),
                  "event-" + i,
                  Instant.parse("2026-11-23T13:13:15Z").plusSeconds(i))));
    }
    return messages;
  }

  private static EntryRecordedEvent entry(
      String id,
      EntryType type,
      List<IncomeLeg> income,
      List<SpendingLeg> spending,
      LocalDate effective) {
    return new EntryRecordedEvent(
        BUDGET,
        EntryId.of(id),
        type,
        income,
        spending,
        effective,
        BASIS,
        "理由",
        ACTOR,
        "req-" + id,
        null);
  }

  private static Fen wan(String amount) {
    return Fen.parseWan(amount);
  }
}
