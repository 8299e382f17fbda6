package org.budgetledger.app.audit.trail;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.budgetledger.app.audit.checkpoint.Checkpoint;
import org.budgetledger.app.audit.checkpoint.CheckpointSigner;
import org.budgetledger.app.audit.checkpoint.LedgerKeys;
import org.budgetledger.app.audit.merkle.MerkleFrontier;
import org.budgetledger.app.audit.verification.AuditProblem;
import org.budgetledger.app.audit.verification.ChainVerifier;
import org.budgetledger.app.audit.verification.MismatchLocator;
import org.budgetledger.app.audit.verification.ProblemKind;
import org.budgetledger.app.audit.verification.VerificationReport;
import org.springframework.stereotype.Service;

/**
 * The ledger's audit trail: verifies the stored log against its hash chains and signed checkpoints,
 * signs new checkpoints, and proves inclusion and consistency (RFC 9162).
 *
 * <p>Verification trusts nothing the database says about itself beyond the rows: every hash is
 * recomputed from the stored text, and every root from those hashes.
 */
@Service
public class AuditTrail {

  private final StoredLog log;
  private final CheckpointStore checkpoints;
  private final TreeHeadStore heads;
  private final LedgerKeys keys;
  private final Clock clock;

  public AuditTrail(
      StoredLog log,
      CheckpointStore checkpoints,
      TreeHeadStore heads,
      LedgerKeys keys,
      Clock clock) {
    this.log = log;
    this.checkpoints = checkpoints;
    this.heads = heads;
    this.keys = keys;
    this.clock = clock;
  }

  /**
   * Recomputes every chain, every stored checkpoint's root and the latest tree head's over the
   * whole log, read in one snapshot with that head. Events beyond it are {@code UNVERIFIED}; a root
   * that no longer matches is narrowed down to the events of one write transaction by the heads
   * signed per transaction ({@link MismatchLocator}).
   */
  public VerificationReport verify() {
    return named(
        log.readInSnapshot(
            this::signedHeads, (signed, events) -> verifier().verify(events, signed)));
  }

  /**
   * Verifies the whole log and signs a checkpoint over it: the latest tree head's tree, verified. A
   * tampered log, or one with events no tree head covers, is refused, never signed.
   */
  public Checkpoint checkpoint() {
    heads.signIfAbsent();
    MerkleFrontier frontier = new MerkleFrontier();
    VerificationReport report =
        log.readInSnapshot(
            this::signedHeads,
            (signed, events) -> verifier().verify(new Leaves(events, frontier), signed));
    if (!report.ok()) {
      throw new AuditFailedException(named(report));
    }
    Checkpoint checkpoint =
        new CheckpointSigner(keys).sign(frontier.size(), frontier.root(), clock.instant());
    checkpoints.add(checkpoint);
    return checkpoint;
  }

  /** A new checkpoint unless the log has not grown since the latest; for the schedule. */
  public Optional<Checkpoint> checkpointIfGrown() {
    // No tree head yet: the log is empty, and once signed empty it has not grown (every round of
    // the schedule signed the empty log again, on every node).
    long signedSize = heads.latest().map(Checkpoint::treeSize).orElse(0L);
    Optional<Checkpoint> latest = checkpoints.latest();
    if (latest.isPresent() && latest.get().treeSize() >= signedSize) {
      return Optional.empty();
    }
    return Optional.of(checkpoint());
  }

  /** The signed head of the largest tree: a tree head of the latest write, or a checkpoint. */
  public Optional<Checkpoint> latestCheckpoint() {
    Optional<Checkpoint> checkpoint = checkpoints.latest();
    Optional<Checkpoint> head = heads.latest();
    if (head.isEmpty()) {
      return checkpoint;
    }
    return checkpoint.filter(c -> c.treeSize() >= head.get().treeSize()).or(() -> head);
  }

  public Checkpoint checkpointOfSize(long treeSize) {
    return checkpoints
        .ofSize(treeSize)
        .or(() -> heads.ofSize(treeSize))
        .orElseThrow(() -> new NoSuchElementException("no checkpoint of tree size " + treeSize));
  }

  public String publicKeyPem() {
    return keys.publicKeyPem();
  }

  /** Proves that the event is leaf number (its position) of the checkpoint's tree. */
  public InclusionProof inclusionProof(String eventIdentifier, Checkpoint checkpoint) {
    long[] place =
        log.positionOf(eventIdentifier)
            .orElseThrow(() -> new NoSuchElementException("no event " + eventIdentifier));
    long position = place[0];
    if (position >= checkpoint.treeSize()) {
      throw new NoSuchElementException(
          "event "
              + eventIdentifier
              + " at position "
              + position
              + " is not yet covered by the checkpoint of tree size "
              + checkpoint.treeSize());
    }
    SignedTree tree = SignedTree.read(log, checkpoint.treeSize());
    tree.requireRoot(checkpoint);
    return new InclusionProof(
        eventIdentifier,
        place[1],
        position,
        tree.leafHex(position),
        tree.inclusionPath(position, checkpoint.treeSize()),
        checkpoint);
  }

  /** Proves that the older checkpoint's tree is a prefix of the newer one's. */
  public ConsistencyProof consistencyProof(Checkpoint older, Checkpoint newer) {
    if (older.treeSize() > newer.treeSize()) {
      throw new IllegalArgumentException(
          "checkpoint of size "
              + older.treeSize()
              + " is not older than the one of size "
              + newer.treeSize());
    }
    SignedTree tree = SignedTree.read(log, newer.treeSize());
    tree.requireRoot(older);
    tree.requireRoot(newer);
    return new ConsistencyProof(
        older, newer, tree.consistencyPath(older.treeSize(), newer.treeSize()));
  }

  private ChainVerifier verifier() {
    return new ChainVerifier(keys.publicKey());
  }

  /** The checkpoints and the latest tree head: read in the same snapshot as the log. */
  private List<Checkpoint> signedHeads() {
    List<Checkpoint> signed = new ArrayList<>(checkpoints.all());
    heads.latest().ifPresent(signed::add);
    return signed;
  }

  /** A checkpoint mismatch narrowed to the events of one write transaction, where heads allow. */
  private VerificationReport named(VerificationReport report) {
    AuditProblem problem = report.problem();
    if (problem == null || problem.kind() != ProblemKind.CHECKPOINT_MISMATCH) {
      return report;
    }
    long matched = problem.position();
    AuditProblem named =
        log.readInSnapshot(
            () -> heads.between(matched, Long.MAX_VALUE),
            (between, events) ->
                new MismatchLocator(keys.publicKey()).locate(events, matched, between, problem));
    return new VerificationReport(report.eventsChecked(), report.checkpointedEvents(), named);
  }
}
