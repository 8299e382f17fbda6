package org.budgetledger.app.cli;

import java.util.List;
import org.budgetledger.app.readmodel.ProcessorStatus;
import org.budgetledger.app.readmodel.ReadModelMonitor;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;

/**
 * {@code ./ledger status}: where each read model stands against the event store, and which has
 * stopped at which event; exit 0 when every one is up to date, 1 when one has stopped or lags.
 */
@Component
@Command(
    name = "status",
    description = "Show how far each read model has applied the event store, and any that stopped.")
public class StatusCommand implements LedgerSubcommand {
  private final ReadModelMonitor monitor;
  private final org.budgetledger.app.command.ProjectionFreshness freshness;

  public StatusCommand(
      ReadModelMonitor monitor, org.budgetledger.app.command.ProjectionFreshness freshness) {
    this.monitor = monitor;
    this.freshness = freshness;
  }

  @Override
  public Integer call() {
    // This process runs the processors too: a few seconds let them catch up, or fail and say why.
    freshness.awaitCaughtUp(java.time.Duration.ofSeconds(5));
    List<ProcessorStatus> status = monitor.status();
    status.forEach(s -> System.out.println(s.describe()));
    return status.stream().allMatch(s -> !s.stopped() && s.behind() == 0) ? 0 : 1;
  }
}
