package org.budgetledger.app.cli;

import java.nio.file.Path;
import org.budgetledger.app.audit.checkpoint.Checkpoint;
import org.budgetledger.app.audit.trail.AuditTrail;
import org.budgetledger.app.audit.verification.OfflineVerifier;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./ledger export-checkpoint --out FILE}: the latest checkpoint as a file for auditors. */
@Component
@Command(
    name = "export-checkpoint",
    description =
        "Write the latest signed checkpoint to a file, signing a new one first if the log has grown.")
public class ExportCheckpointCommand implements LedgerSubcommand {
  private final AuditTrail trail;

  @Option(names = "--out", required = true, description = "the checkpoint file to write")
  Path out;

  public ExportCheckpointCommand(AuditTrail trail) {
    this.trail = trail;
  }

  @Override
  public Integer call() {
    Checkpoint checkpoint =
        trail.checkpointIfGrown().or(trail::latestCheckpoint).orElseGet(trail::checkpoint);
    OfflineVerifier.writeCheckpoint(out, checkpoint);
    System.out.println("Wrote the checkpoint of tree size " + checkpoint.treeSize() + " to " + out);
    return 0;
  }
}
