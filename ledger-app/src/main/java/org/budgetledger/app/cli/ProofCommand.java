package org.budgetledger.app.cli;

import org.budgetledger.app.audit.checkpoint.LedgerKeys;
import org.budgetledger.app.audit.trail.AuditTrail;
import org.budgetledger.app.audit.trail.InclusionProof;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./ledger proof EVENT_ID}: the RFC 9162 inclusion proof of an event in a checkpoint. */
@Component
@Command(
    name = "proof",
    description = "Print the inclusion proof of an event in a signed checkpoint.")
public class ProofCommand implements LedgerSubcommand {
  private final AuditTrail trail;
  private final LedgerKeys keys;

  @Parameters(paramLabel = "EVENT_ID", description = "the event identifier")
  String eventId;

  @Option(names = "--tree-size", description = "the checkpoint's tree size (default: the latest)")
  Long treeSize;

  public ProofCommand(AuditTrail trail, LedgerKeys keys) {
    this.trail = trail;
    this.keys = keys;
  }

  @Override
  public Integer call() {
    InclusionProof proof =
        trail.inclusionProof(
            eventId,
            treeSize == null
                ? trail
                    .latestCheckpoint()
                    .orElseThrow(() -> new IllegalStateException("no checkpoint yet"))
                : trail.checkpointOfSize(treeSize));
    System.out.println(
        "event       " + proof.eventIdentifier() + " (global index " + proof.globalIndex() + ")");
    System.out.println(
        "leaf index  " + proof.leafIndex() + " of tree size " + proof.checkpoint().treeSize());
    System.out.println("event hash  " + proof.eventHash());
    proof.auditPath().forEach(h -> System.out.println("path        " + h));
    System.out.print(proof.checkpoint().toFileText());
    boolean verifies = proof.verifies(keys.publicKey());
    System.out.println(
        verifies ? "The proof verifies against the signed root." : "The proof does NOT verify.");
    return verifies ? 0 : 1;
  }
}
