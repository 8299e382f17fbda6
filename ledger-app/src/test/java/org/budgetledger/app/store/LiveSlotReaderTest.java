package org.budgetledger.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.budgetledger.projections.slot.LiveSlotReader;
import org.budgetledger.projections.slot.ReadModelSlot;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A switch that commits while a reader's query runs (issue 14). The blue/green contract found it by
 * chance on H2, 2 runs in 5: its views read the version row once per branch, and a reader summed
 * both slots. Here the switch is made to land inside the query, every time: the switcher makes
 * green live and empties blue, as {@code SlotSwitch} and {@code SlotRetirement} do, between the
 * reader's look at the version row and its query. The blue slot holds one fact of the budget, green
 * two.
 */
class LiveSlotReaderTest {
  private final String url = "jdbc:h2:mem:live-slot-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
  private Connection switcher;
  private SingleConnectionDataSource readerSession;
  private LiveSlotReader reader;
  private final List<ReadModelSlot> slotsRead = new ArrayList<>();

  @BeforeEach
  void migrate() throws SQLException {
    // Migrated on a session kept open, as the application's pool keeps its own: H2 checks a
    // constraint in the session that created it.
    switcher = DriverManager.getConnection(url, "sa", "");
    Flyway.configure()
        .dataSource(new SingleConnectionDataSource(switcher, true))
        .locations("classpath:db/migration/common", "classpath:db/migration/h2")
        .load()
        .migrate();
    try (Statement s = switcher.createStatement()) {
      s.execute(fact("budget_fact_blue", "e1"));
      s.execute(fact("budget_fact_green", "e1"));
      s.execute(fact("budget_fact_green", "e2"));
    }
    readerSession = new SingleConnectionDataSource(url, "sa", "", true);
    reader = new LiveSlotReader(new JdbcTemplate(readerSession));
  }

  @AfterEach
  void close() throws SQLException {
    readerSession.destroy();
    switcher.close();
  }

  @Test
  void withNoSwitchTheLiveSlotIsReadOnce() {
    assertThat(reader.read(this::factsOfTheBudget)).isEqualTo(1);
    assertThat(slotsRead).containsExactly(ReadModelSlot.BLUE);
  }

  @Test
  void aSwitchDuringTheQueryGivesTheNewSlotWholeNotTheEmptiedOne() {
    long facts =
        reader.read(
            slot -> {
              if (slotsRead.isEmpty()) {
                switchToGreenAndEmptyBlue();
              }
              return factsOfTheBudget(slot);
            });

    assertThat(facts).isEqualTo(2);
    assertThat(slotsRead).containsExactly(ReadModelSlot.BLUE, ReadModelSlot.GREEN);
  }

  @Test
  void theViewsFollowTheVersionRowForSqlWrittenByHand() throws SQLException {
    switchToGreenAndEmptyBlue();
    assertThat(
            new JdbcTemplate(readerSession)
                .queryForObject(
                    "SELECT COUNT(*) FROM budget_fact WHERE budget_id = 'b'", Long.class))
        .isEqualTo(2);
  }

  private long factsOfTheBudget(ReadModelSlot slot) {
    slotsRead.add(slot);
    return new JdbcTemplate(readerSession)
        .queryForObject(
            "SELECT COUNT(*) FROM " + slot.factTable() + " WHERE budget_id = 'b'", Long.class);
  }

  private void switchToGreenAndEmptyBlue() {
    try (Statement s = switcher.createStatement()) {
      s.executeUpdate(
          "UPDATE read_model_version SET live_slot = 'green', version = version + 1 WHERE id = 1");
      s.executeUpdate("DELETE FROM budget_fact_blue");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String fact(String table, String eventId) {
    return "INSERT INTO "
        + table
        + " (event_id, global_index, budget_id, fact_type, effective_date, recorded_at, actor,"
        + " payload) VALUES ('"
        + eventId
        + "', 1, 'b', 'BudgetOpenedEvent', DATE '2026-01-01', TIMESTAMP WITH TIME ZONE"
        + " '2026-01-01 00:00:00+00', 'test', '{}')";
  }
}
