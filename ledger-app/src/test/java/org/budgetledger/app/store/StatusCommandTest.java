package org.budgetledger.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.budgetledger.app.cli.StatusCommand;
import org.budgetledger.app.command.LedgerCommands;
import org.budgetledger.app.readmodel.ReadModelMonitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Issue 13 item 1: {@code ./ledger status} says where each read model stands, exit 0 when all are
 * up to date; and which one stopped at which event, and why, exit 1. The read model is stopped as
 * in {@link StoppedReadModelTest}, by a CHECK constraint refusing one row.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:status;DB_CLOSE_DELAY=-1",
      "ledger.seeds.import-on-start=false"
    })
@DirtiesContext
class StatusCommandTest {
  @Autowired StatusCommand status;
  @Autowired LedgerCommands commands;
  @Autowired ReadModelMonitor monitor;
  @Autowired JdbcTemplate jdbc;

  record Run(int exit, String output) {}

  Run runStatus() {
    StringWriter printed = new StringWriter();
    int exit = status.run(new PrintWriter(printed));
    return new Run(exit, printed.toString());
  }

  long lastEvent() {
    return jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class);
  }

  @Test
  void saysEveryReadModelIsUpToDateThenNamesTheOneThatStoppedAndItsEvent() {
    LedgerTestData.openAndFund(commands, StoppedReadModelTest.BUDGET);
    long head = lastEvent();
    Run healthy = runStatus();
    assertThat(healthy.exit()).isZero();
    assertThat(healthy.output().lines())
        .containsExactly(
            "read model ledger-entries up to date at event #" + head,
            "read model budget-facts up to date at event #" + head);

    // On both slots of the blue/green read models, as StoppedReadModelTest does.
    for (String slot : new String[] {"blue", "green"}) {
      jdbc.execute(
          "ALTER TABLE ledger_entry_leg_"
              + slot
              + " ADD CONSTRAINT refuses_poison_"
              + slot
              + " CHECK (reason IS NULL OR reason <> 'poison')");
    }
    commands.sendNoting(
        LedgerTestData.supplementWithReason(StoppedReadModelTest.BUDGET, "s1", "poison"));
    long poison = lastEvent();
    Run stopped = runStatus();
    assertThat(stopped.exit()).isEqualTo(1);
    // The database's own error follows "why", over several lines (H2 quotes the statement).
    assertThat(stopped.output())
        .startsWith(
            "read model ledger-entries stopped at event #" + poison + " (EntryRecordedEvent ")
        .contains("REFUSES_POISON_")
        .contains(
            "; it has applied events up to #"
                + (poison - 1)
                + " of "
                + poison
                + ", tables, balances and reconciliation leave out the rest");

    for (String slot : new String[] {"blue", "green"}) {
      jdbc.execute(
          "ALTER TABLE ledger_entry_leg_" + slot + " DROP CONSTRAINT refuses_poison_" + slot);
    }
    await()
        .atMost(Duration.ofSeconds(120))
        .until(() -> monitor.status().stream().noneMatch(s -> s.stopped() || s.behind() > 0));
    assertThat(runStatus().exit()).isZero();
  }
}
