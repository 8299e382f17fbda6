package org.budgetledger.app.cli;

import org.budgetledger.app.audit.trail.AuditTrail;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;

/** {@code ./ledger checkpoint}: signs a checkpoint over the settled log now, after verifying it. */
@Component
@Command(name = "checkpoint", description = "Verify the log and sign a new checkpoint over it.")
public class CheckpointCommand implements LedgerSubcommand {
  private final AuditTrail trail;

  public CheckpointCommand(AuditTrail trail) {
    this.trail = trail;
  }

  @Override
  public Integer call() {
    System.out.print(trail.checkpoint().toFileText());
    return 0;
  }
}
