package org.budgetledger.app.cli;

import java.io.PrintWriter;
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
    return run(Terminal.out());
  }

  /**
   * Prints the status lines to {@code out} and returns the exit code. Only these lines go there:
   * the log of a processor that fails meanwhile goes to the process's standard output, and a caller
   * that read that stream took the log's lines for the status (StatusCommandTest, under load).
   */
  public int run(PrintWriter out) {
    // This process runs the processors too: a few seconds let them catch up, or fail and say why.
    freshness.awaitCaughtUp(java.time.Duration.ofSeconds(5));
    List<ProcessorStatus> status = monitor.status();
    status.forEach(s -> out.println(s.describe()));
    out.flush();
    return status.stream().allMatch(s -> !s.stopped() && s.behind() == 0) ? 0 : 1;
  }
}
