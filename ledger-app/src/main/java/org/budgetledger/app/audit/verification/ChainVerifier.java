package org.budgetledger.app.audit.verification;

import java.security.PublicKey;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.budgetledger.app.audit.chain.EventHasher;
import org.budgetledger.app.audit.chain.HashedEvent;
import org.budgetledger.app.audit.checkpoint.Checkpoint;
import org.budgetledger.app.audit.checkpoint.CheckpointSigner;
import org.budgetledger.app.audit.checkpoint.LedgerKeys;

/**
 * Recomputes every aggregate's hash chain and the Merkle root of the whole log, and reports OK or
 * the first event that was tampered with.
 *
 * <p>Events must come in global order with the hashes recorded when they were written. In one pass,
 * memory bounded by the number of aggregates, each event is checked in this order:
 *
 * <ol>
 *   <li>Its global index must exceed the previous one; otherwise lines of an export were moved:
 *       {@link ProblemKind#REORDERED}.
 *   <li>It must have a recorded hash. The ledger writes the hash in the same transaction as the
 *       event, so an event without one was put there by someone else: {@link ProblemKind#INSERTED}.
 *   <li>Its sequence number must be the next of its aggregate (Axon numbers each aggregate's events
 *       0, 1, 2, … without gaps). A number already seen is a second event in that place: {@link
 *       ProblemKind#INSERTED}. A number too high is a gap; the rest of the log is then read to tell
 *       why: if the skipped number turns up later, the events were swapped: {@link
 *       ProblemKind#REORDERED}; if it never does, it was deleted: {@link ProblemKind#MISSING}.
 *       Either is reported at the first event out of place.
 *   <li>SHA-256 over the previous hash of its aggregate and its canonical bytes ({@link
 *       EventHasher}) must equal the recorded hash; otherwise a field, the payload amount say, or
 *       the recorded hash itself was edited: {@link ProblemKind#CHANGED}.
 *   <li>Whenever the count of events reaches a checkpoint's tree size, the Merkle root over the
 *       recomputed hashes must equal the signed root. Chains are per aggregate, so they cannot see
 *       the global order: two events of different aggregates swapped, the last event of an
 *       aggregate deleted, or a forged event whose chain hash the forger computed (the hash is
 *       public, not keyed) leave every chain intact and change only this root: {@link
 *       ProblemKind#CHECKPOINT_MISMATCH}, located between the last matching checkpoint and this
 *       one. More checkpoints locate it more narrowly.
 *   <li>At the end, fewer events than the largest checkpoint's tree size means events of the signed
 *       prefix were deleted: {@link ProblemKind#MISSING}.
 * </ol>
 *
 * <p>Every checkpoint's Ed25519 signature is verified first: an unsigned root proves nothing.
 */
public final class ChainVerifier {

  private final PublicKey ledgerPublicKey;

  public ChainVerifier(PublicKey ledgerPublicKey) {
    this.ledgerPublicKey = ledgerPublicKey;
  }

  /** Audits the log against the checkpoints given, any number of them, in any order. */
  public VerificationReport verify(
      Iterator<HashedEvent> eventsInGlobalOrder, List<Checkpoint> checkpoints) {
    for (Checkpoint checkpoint : checkpoints) {
      if (!CheckpointSigner.verify(checkpoint, ledgerPublicKey)) {
        return new VerificationReport(
            0,
            0,
            AuditProblem.at(
                ProblemKind.SIGNATURE_INVALID,
                -1,
                null,
                "the checkpoint of tree size "
                    + checkpoint.treeSize()
                    + " created at "
                    + checkpoint.createdAt()
                    + " is not signed by key "
                    + LedgerKeys.keyId(ledgerPublicKey)
                    + ", or was altered after signing"));
      }
    }
    List<Checkpoint> bySize =
        checkpoints.stream().sorted(Comparator.comparingLong(Checkpoint::treeSize)).toList();
    return new ChainScan(bySize).run(eventsInGlobalOrder);
  }
}
