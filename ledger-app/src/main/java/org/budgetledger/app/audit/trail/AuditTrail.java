package org.budgetledger.app.audit.trail;

import java.time.Clock;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.budgetledger.app.audit.chain.HashedEvent;
import org.budgetledger.app.audit.checkpoint.Checkpoint;
import org.budgetledger.app.audit.checkpoint.CheckpointSigner;
import org.budgetledger.app.audit.checkpoint.LedgerKeys;
import org.budgetledger.app.audit.merkle.MerkleFrontier;
import org.budgetledger.app.audit.verification.ChainVerifier;
import org.budgetledger.app.audit.verification.VerificationReport;
import org.springframework.stereotype.Service;

/**
 * The ledger's audit trail: verifies the stored log against its hash chains and signed
 * checkpoints, signs new checkpoints, and proves inclusion and consistency (RFC 9162).
 *
 * <p>Verification trusts nothing the database says about itself beyond the rows: every hash is
 * recomputed from the stored text, and every root from those hashes.
 */
@Service
public class AuditTrail {

  private final StoredLog log;
  private final CheckpointStore checkpoints;
  private final CommitHorizon horizon;
  private final LedgerKeys keys;
  private final Clock clock;

  public AuditTrail(StoredLog log, CheckpointStore checkpoints, CommitHorizon horizon,
      LedgerKeys keys, Clock clock) {
    this.log = log;
    this.checkpoints = checkpoints;
    this.horizon = horizon;
    this.keys = keys;
    this.clock = clock;
  }

  /** Recomputes every chain and every stored checkpoint's root over the whole log. */
  public VerificationReport verify() {
    List<Checkpoint> signed = checkpoints.all();
    return log.read(Long.MAX_VALUE, events -> verifier().verify(events, signed));
  }

  /**
   * Signs the Merkle root over the settled prefix of the log (see {@link CommitHorizon}) and stores
   * it, after verifying that prefix: a tampered log is refused, never signed.
   */
  public Checkpoint checkpoint() {
    long lastGlobalIndex = horizon.settledGlobalIndex();
    List<Checkpoint> signed = checkpoints.all();
    MerkleFrontier frontier = new MerkleFrontier();
    VerificationReport report = log.read(lastGlobalIndex,
        events -> verifier().verify(new Leaves(events, frontier), signed));
    if (!report.ok()) {
      throw new AuditFailedException(report);
    }
    Checkpoint checkpoint = new CheckpointSigner(keys)
        .sign(frontier.size(), frontier.root(), clock.instant());
    checkpoints.add(checkpoint);
    return checkpoint;
  }

  /** A new checkpoint unless the settled log has not grown since the latest; for the schedule. */
  public Optional<Checkpoint> checkpointIfGrown() {
    long settledSize = log.read(horizon.settledGlobalIndex(), AuditTrail::count);
    Optional<Checkpoint> latest = checkpoints.latest();
    if (latest.isPresent() && latest.get().treeSize() >= settledSize) {
      return Optional.empty();
    }
    return Optional.of(checkpoint());
  }

  public Optional<Checkpoint> latestCheckpoint() {
    return checkpoints.latest();
  }

  public Checkpoint checkpointOfSize(long treeSize) {
    return checkpoints.ofSize(treeSize).orElseThrow(() ->
        new NoSuchElementException("no checkpoint of tree size " + treeSize));
  }

  public String publicKeyPem() {
    return keys.publicKeyPem();
  }

  /** Proves that the event is leaf number (its position) of the checkpoint's tree. */
  public InclusionProof inclusionProof(String eventIdentifier, Checkpoint checkpoint) {
    long[] place = log.positionOf(eventIdentifier).orElseThrow(() ->
        new NoSuchElementException("no event " + eventIdentifier));
    long position = place[0];
    if (position >= checkpoint.treeSize()) {
      throw new NoSuchElementException("event " + eventIdentifier + " at position " + position
          + " is not yet covered by the checkpoint of tree size " + checkpoint.treeSize());
    }
    SignedTree tree = SignedTree.read(log, checkpoint.treeSize());
    tree.requireRoot(checkpoint);
    return new InclusionProof(eventIdentifier, place[1], position, tree.leafHex(position),
        tree.inclusionPath(position, checkpoint.treeSize()), checkpoint);
  }

  /** Proves that the older checkpoint's tree is a prefix of the newer one's. */
  public ConsistencyProof consistencyProof(Checkpoint older, Checkpoint newer) {
    if (older.treeSize() > newer.treeSize()) {
      throw new IllegalArgumentException("checkpoint of size " + older.treeSize()
          + " is not older than the one of size " + newer.treeSize());
    }
    SignedTree tree = SignedTree.read(log, newer.treeSize());
    tree.requireRoot(older);
    tree.requireRoot(newer);
    return new ConsistencyProof(older, newer,
        tree.consistencyPath(older.treeSize(), newer.treeSize()));
  }

  private ChainVerifier verifier() {
    return new ChainVerifier(keys.publicKey());
  }

  private static long count(Iterator<HashedEvent> events) {
    long n = 0;
    for (; events.hasNext(); events.next()) {
      n++;
    }
    return n;
  }
}
