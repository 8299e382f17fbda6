package org.budgetledger.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.DeptEconomicCode;
import org.budgetledger.core.model.EntryType;
import org.budgetledger.core.model.ExpenditureKind;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.FunctionCode;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.core.model.GovEconomicCode;
import org.budgetledger.core.model.IncomeKey;
import org.budgetledger.core.model.LineKey;
import org.budgetledger.core.model.Origin;
import org.budgetledger.projections.entries.EntryJournal;
import org.budgetledger.projections.entries.JournalEntry;
import org.budgetledger.projections.entries.JournalFilter;
import org.budgetledger.projections.entries.JournalPage;
import org.budgetledger.projections.entries.LegRow;
import org.budgetledger.projections.entries.LegTable;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * 分录列表's query on each database, over the entries read model as the projector writes it (the app's
 * migrations, {@link LegTable}): 年初预算, 追加 s1, 调剂 r1, 追加 b1 and a 冲销 x1 of s1, in that order,
 * filtered and paged in SQL, with exact fen.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EntryJournalContract {
  static final BudgetId BUDGET = BudgetId.of(2026, "201");
  private static final Instant T0 = Instant.parse("2026-03-01T02:00:00Z");
  private EntryJournal journal;

  /** A JDBC URL of an empty database or schema, and the vendor folder of its migrations. */
  abstract String url();

  abstract String user();

  abstract String password();

  abstract String vendor();

  @BeforeAll
  void writeLegs() {
    Flyway.configure()
        .dataSource(url(), user(), password())
        .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor())
        .load()
        .migrate();
    JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url(), user(), password()));
    Map<String, List<LegRow>> legs = new LinkedHashMap<>();
    legs.put(
        "e1",
        List.of(
            income(
                "e1", 1, "initial", EntryType.INITIAL_BUDGET, "2026-01-01", "1号", null, "411.45"),
            spending(
                "e1",
                2,
                "initial",
                EntryType.INITIAL_BUDGET,
                "2026-01-01",
                "1号",
                null,
                "30201",
                "7.31"),
            spending(
                "e1",
                3,
                "initial",
                EntryType.INITIAL_BUDGET,
                "2026-01-01",
                "1号",
                null,
                "30101",
                "404.14")));
    legs.put(
        "e2",
        List.of(
            income("e2", 1, "s1", EntryType.SUPPLEMENT, "2026-03-15", "8号", null, "2.00"),
            spending(
                "e2", 2, "s1", EntryType.SUPPLEMENT, "2026-03-15", "8号", null, "30201", "2.00")));
    legs.put(
        "e3",
        List.of(
            spending(
                "e3", 1, "r1", EntryType.REALLOCATION, "2026-08-01", "12号", null, "30201", "-0.50"),
            spending(
                "e3",
                2,
                "r1",
                EntryType.REALLOCATION,
                "2026-08-01",
                "12号",
                null,
                "30101",
                "0.50")));
    legs.put(
        "e4",
        List.of(
            income("e4", 1, "b1", EntryType.SUPPLEMENT, "2026-06-15", "8号", null, "1.234567"),
            spending(
                "e4",
                2,
                "b1",
                EntryType.SUPPLEMENT,
                "2026-06-15",
                "8号",
                null,
                "30201",
                "1.234567")));
    legs.put(
        "e5",
        List.of(
            income("e5", 1, "x1", EntryType.REVERSAL, "2026-09-01", "20号", "s1", "-2.00"),
            spending(
                "e5", 2, "x1", EntryType.REVERSAL, "2026-09-01", "20号", "s1", "30201", "-2.00")));
    new LegTable(jdbc).replaceAll(legs);
    journal = new EntryJournal(jdbc);
  }

  @Test
  void listsEveryEntryOnceInRecordedOrderWithItsMoney() {
    JournalPage all = journal.page(BUDGET, JournalFilter.ALL, 0, 10);
    assertThat(all.total()).isEqualTo(5);
    assertThat(all.entries())
        .extracting(JournalEntry::entryId)
        .containsExactly("initial", "s1", "r1", "b1", "x1");
    JournalEntry r1 = all.entries().get(2);
    assertThat(r1.type()).isEqualTo(EntryType.REALLOCATION);
    assertThat(r1.legs()).isEqualTo(2);
    assertThat(List.of(r1.increaseFen(), r1.decreaseFen(), r1.amountFen(), r1.netFen()))
        .containsExactly(500_000L, -500_000L, 500_000L, 0L);
    assertThat(r1.recordedAt()).isEqualTo(T0.plusSeconds(2));
    assertThat(r1.basisNumber()).isEqualTo("东财预〔2026〕12号");
    JournalEntry x1 = all.entries().get(4);
    assertThat(x1.reversedEntryId()).isEqualTo("s1");
    assertThat(List.of(x1.amountFen(), x1.netFen())).containsExactly(2_000_000L, -2_000_000L);
    assertThat(journal.reversalsOf(BUDGET, "s1")).containsExactly("x1");
    assertThat(journal.entry(BUDGET, "b1"))
        .get()
        .extracting(JournalEntry::amountFen)
        .isEqualTo(1_234_567L);
    assertThat(journal.all(BUDGET)).hasSize(5);
  }

  @Test
  void filtersByTypeDatesDocumentNumberActorAndAmount() {
    assertThat(
            ids(
                new JournalFilter(
                    Set.of(EntryType.SUPPLEMENT), null, null, null, null, null, null)))
        .containsExactly("s1", "b1");
    assertThat(
            ids(
                new JournalFilter(
                    Set.of(),
                    LocalDate.of(2026, 3, 1),
                    LocalDate.of(2026, 7, 1),
                    null,
                    null,
                    null,
                    null)))
        .containsExactly("s1", "b1");
    assertThat(ids(new JournalFilter(Set.of(), null, null, "〔2026〕8号", null, null, null)))
        .containsExactly("s1", "b1");
    assertThat(ids(new JournalFilter(Set.of(), null, null, null, "test", null, null))).hasSize(5);
    assertThat(ids(new JournalFilter(Set.of(), null, null, null, null, 1_500_000L, 2_000_000L)))
        .containsExactly("s1", "x1");
    // A wildcard typed by the user is matched as itself.
    assertThat(ids(new JournalFilter(Set.of(), null, null, "%", null, null, null))).isEmpty();
  }

  @Test
  void pagesCountTheWholeSelection() {
    JournalPage second = journal.page(BUDGET, JournalFilter.ALL, 2, 2);
    assertThat(second.total()).isEqualTo(5);
    assertThat(second.entries()).extracting(JournalEntry::entryId).containsExactly("r1", "b1");
  }

  private List<String> ids(JournalFilter filter) {
    return journal.page(BUDGET, filter, 0, 50).entries().stream()
        .map(JournalEntry::entryId)
        .toList();
  }

  private static LegRow income(
      String event,
      int legNo,
      String entry,
      EntryType type,
      String effective,
      String number,
      String reversed,
      String wan) {
    return leg(
        event,
        legNo,
        entry,
        type,
        effective,
        number,
        reversed,
        null,
        new IncomeKey(WebTestData.BUREAU, FundSource.GENERAL_BUDGET, Origin.CURRENT_YEAR),
        wan);
  }

  private static LegRow spending(
      String event,
      int legNo,
      String entry,
      EntryType type,
      String effective,
      String number,
      String reversed,
      String dept,
      String wan) {
    LineKey line =
        new LineKey(
            WebTestData.BUREAU,
            FunctionCode.of("2101501"),
            GovEconomicCode.of("50" + dept.substring(2)),
            DeptEconomicCode.of(dept),
            dept.startsWith("301") ? ExpenditureKind.BASIC_PERSONNEL : ExpenditureKind.BASIC_PUBLIC,
            null,
            FundSource.GENERAL_BUDGET);
    return leg(event, legNo, entry, type, effective, number, reversed, line, null, wan);
  }

  private static LegRow leg(
      String event,
      int legNo,
      String entry,
      EntryType type,
      String effective,
      String number,
      String reversed,
      LineKey line,
      IncomeKey income,
      String wan) {
    int order = Integer.parseInt(event.substring(1));
    return new LegRow(
        event,
        legNo,
        order,
        BUDGET.toString(),
        entry,
        type,
        line,
        income,
        Fen.parseWan(wan).value(),
        LocalDate.parse(effective),
        T0.plusSeconds(order - 1),
        WebTestData.ACTOR.value(),
        "批复",
        "东财预〔2026〕" + number,
        "事由",
        reversed,
        null,
        null,
        null);
  }
}
