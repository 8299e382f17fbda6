package org.budgetledger.app.audit.verification;

import java.security.MessageDigest;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.budgetledger.app.audit.chain.EventHasher;
import org.budgetledger.app.audit.chain.HashedEvent;
import org.budgetledger.app.audit.chain.StoredEvent;
import org.budgetledger.app.audit.checkpoint.Checkpoint;
import org.budgetledger.app.audit.merkle.MerkleFrontier;

/** One pass of {@link ChainVerifier} over a log; single use, the rules are documented there. */
final class ChainScan {

  /** A sequence gap seen at {@code position}; whether it is a swap or a deletion is still open. */
  private record Gap(long position, StoredEvent event, long fromSequence) {}

  private final EventHasher hasher = new EventHasher();
  private final MerkleFrontier frontier = new MerkleFrontier();
  private final Map<String, ChainState> chains = new HashMap<>();
  private final List<Checkpoint> checkpointsBySize;
  private int nextCheckpoint;
  private long read;
  private long position;
  private long lastGlobalIndex;
  private long checkpointed;
  private StoredEvent firstUncheckpointed;
  private Gap gap;

  ChainScan(List<Checkpoint> checkpointsBySize) {
    this.checkpointsBySize = checkpointsBySize;
  }

  VerificationReport run(Iterator<HashedEvent> events) {
    AuditProblem problem = checkCheckpointsReached();
    while (problem == null && gap == null && events.hasNext()) {
      read++;
      problem = check(events.next());
      if (problem == null && gap == null) {
        problem = checkCheckpointsReached();
      }
    }
    if (gap != null) {
      problem = classifyGap(events);
    } else if (problem == null && nextCheckpoint < checkpointsBySize.size()) {
      Checkpoint largest = checkpointsBySize.get(checkpointsBySize.size() - 1);
      problem =
          AuditProblem.at(
              ProblemKind.MISSING,
              position,
              null,
              "the checkpoint of "
                  + largest.createdAt()
                  + " signed "
                  + largest.treeSize()
                  + " events but the log has only "
                  + position
                  + ": "
                  + (largest.treeSize() - position)
                  + " events of the signed log were deleted");
    } else if (problem == null && position > checkpointed) {
      problem =
          AuditProblem.at(
              ProblemKind.UNVERIFIED,
              checkpointed,
              firstUncheckpointed,
              (position - checkpointed)
                  + " events from position "
                  + checkpointed
                  + " on are beyond the"
                  + " latest signed tree head (tree size "
                  + checkpointed
                  + "): their chains hold, but no"
                  + " signature covers them; the first: "
                  + firstUncheckpointed.describe());
    }
    return new VerificationReport(read, checkpointed, problem);
  }

  private AuditProblem check(HashedEvent hashed) {
    StoredEvent event = hashed.event();
    if (position == checkpointed) {
      firstUncheckpointed = event;
    }
    if (position > 0 && event.globalIndex() <= lastGlobalIndex) {
      return AuditProblem.at(
          ProblemKind.REORDERED,
          position,
          event,
          event.describe()
              + " comes after global index "
              + lastGlobalIndex
              + ": the log is out of global order");
    }
    if (hashed.storedHash() == null) {
      return AuditProblem.at(
          ProblemKind.INSERTED,
          position,
          event,
          event.describe() + " has no recorded hash: the ledger did not write it");
    }
    ChainState chain = chains.computeIfAbsent(event.aggregateIdentifier(), id -> new ChainState());
    long sequence = event.sequenceNumber();
    if (sequence < chain.nextSequence) {
      return AuditProblem.at(
          ProblemKind.INSERTED,
          position,
          event,
          event.describe()
              + " repeats a sequence number its aggregate already has: a second event was put in that place");
    }
    if (sequence > chain.nextSequence) {
      gap = new Gap(position, event, chain.nextSequence);
      return null;
    }
    byte[] recomputed = hasher.hash(event, hashed.storedBytes(), chain.lastHash);
    if (!MessageDigest.isEqual(recomputed, hashed.storedHash())) {
      return AuditProblem.at(
          ProblemKind.CHANGED,
          position,
          event,
          event.describe()
              + " does not match the hash recorded when it was written: its content or that hash was altered");
    }
    chain.nextSequence = sequence + 1;
    chain.lastHash = recomputed;
    frontier.append(recomputed);
    lastGlobalIndex = event.globalIndex();
    position++;
    return null;
  }

  private AuditProblem checkCheckpointsReached() {
    while (nextCheckpoint < checkpointsBySize.size()
        && checkpointsBySize.get(nextCheckpoint).treeSize() == position) {
      Checkpoint checkpoint = checkpointsBySize.get(nextCheckpoint++);
      if (!MessageDigest.isEqual(frontier.root(), checkpoint.rootHashBytes())) {
        return AuditProblem.at(
            ProblemKind.CHECKPOINT_MISMATCH,
            checkpointed,
            firstUncheckpointed,
            "every chain holds, but the events at positions "
                + checkpointed
                + " to "
                + (position - 1)
                + " do not have the Merkle root signed at "
                + checkpoint.createdAt()
                + " for tree size "
                + checkpoint.treeSize()
                + ": events there were swapped across aggregates, deleted at the"
                + " end of an aggregate, or forged with a recomputed chain hash");
      }
      checkpointed = checkpoint.treeSize();
    }
    return null;
  }

  /** Reads on until the skipped sequence number turns up (a swap) or the log ends (a deletion). */
  private AuditProblem classifyGap(Iterator<HashedEvent> events) {
    StoredEvent early = gap.event();
    while (events.hasNext()) {
      read++;
      StoredEvent later = events.next().event();
      if (later.aggregateIdentifier().equals(early.aggregateIdentifier())
          && later.sequenceNumber() >= gap.fromSequence()
          && later.sequenceNumber() < early.sequenceNumber()) {
        return AuditProblem.at(
            ProblemKind.REORDERED,
            gap.position(),
            early,
            early.describe()
                + " comes before sequence "
                + later.sequenceNumber()
                + " of its aggregate ("
                + later.eventIdentifier()
                + ", global index "
                + later.globalIndex()
                + "): the events were swapped or moved");
      }
    }
    String missing =
        gap.fromSequence() == early.sequenceNumber() - 1
            ? "sequence " + gap.fromSequence()
            : "sequences " + gap.fromSequence() + " to " + (early.sequenceNumber() - 1);
    return AuditProblem.at(
        ProblemKind.MISSING,
        gap.position(),
        early,
        "aggregate "
            + early.aggregateIdentifier()
            + " has no event with "
            + missing
            + " before "
            + early.describe()
            + ": it was deleted");
  }
}
