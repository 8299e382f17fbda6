package org.budgetledger.app.audit.verification;

import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import org.budgetledger.app.audit.chain.HashedEvent;
import org.budgetledger.app.audit.chain.StoredEvent;
import org.budgetledger.app.audit.checkpoint.Checkpoint;
import org.budgetledger.app.audit.checkpoint.CheckpointSigner;
import org.budgetledger.app.audit.checkpoint.LedgerKeys;
import org.budgetledger.app.audit.merkle.MerkleFrontier;

/**
 * Names the events behind a {@link ProblemKind#CHECKPOINT_MISMATCH}, in a second pass over the log
 * with the tree heads signed per write transaction: the first head whose root no longer matches
 * narrows the change to that transaction's events, and a swap with a later event (or within the
 * transaction) that gives back the signed root names both events.
 *
 * <p>Every chain held up to the mismatch, so the recorded hashes are the recomputed ones there.
 */
public final class MismatchLocator {

  /** Transactions larger than this are named as a range; pairs are not tried within them. */
  private static final int SWAP_WINDOW = 64;

  private static final int NAMED = 10;

  /** How far on a swapped partner is looked for, in events. */
  private static final int SWAP_DISTANCE = 100_000;

  private record Leaf(long position, StoredEvent event, byte[] hash) {}

  private final PublicKey ledgerPublicKey;

  public MismatchLocator(PublicKey ledgerPublicKey) {
    this.ledgerPublicKey = ledgerPublicKey;
  }

  /**
   * The problem, named; {@code original} when the heads given (smallest first) do not narrow it.
   * The first {@code matchedSize} events are known to match (a signed root was reached there).
   */
  public AuditProblem locate(
      Iterator<HashedEvent> eventsInGlobalOrder,
      long matchedSize,
      List<Checkpoint> heads,
      AuditProblem original) {
    MerkleFrontier matched = new MerkleFrontier();
    List<Leaf> pending = new ArrayList<>();
    List<Checkpoint> beyond = heads.stream().filter(h -> h.treeSize() > matchedSize).toList();
    Iterator<Checkpoint> next = beyond.iterator();
    Checkpoint head = next.hasNext() ? next.next() : null;
    long position = 0;
    while (head != null && eventsInGlobalOrder.hasNext()) {
      HashedEvent event = eventsInGlobalOrder.next();
      if (event.storedHash() == null) {
        return original;
      }
      if (position < matchedSize) {
        matched.append(event.storedHash());
        position++;
        continue;
      }
      pending.add(new Leaf(position++, event.event(), event.storedHash()));
      boolean reached = false;
      while (head != null && head.treeSize() == position) {
        if (!MessageDigest.isEqual(rootWith(matched, pending), head.rootHashBytes())) {
          return named(
              head,
              matched,
              pending,
              eventsInGlobalOrder,
              beyond.subList(beyond.indexOf(head) + 1, beyond.size()));
        }
        reached = true;
        head = next.hasNext() ? next.next() : null;
      }
      if (reached) {
        pending.forEach(l -> matched.append(l.hash()));
        pending.clear();
      }
    }
    return original;
  }

  private AuditProblem named(
      Checkpoint head,
      MerkleFrontier matched,
      List<Leaf> suspects,
      Iterator<HashedEvent> later,
      List<Checkpoint> laterHeads) {
    if (!CheckpointSigner.verify(head, ledgerPublicKey)) {
      return AuditProblem.at(
          ProblemKind.SIGNATURE_INVALID,
          -1,
          null,
          "the tree head of size "
              + head.treeSize()
              + " created at "
              + head.createdAt()
              + " is not signed by key "
              + LedgerKeys.keyId(ledgerPublicKey)
              + ", or was altered after signing");
    }
    if (suspects.size() <= SWAP_WINDOW) {
      AuditProblem swap = swapWithin(head, matched, suspects);
      if (swap == null) {
        swap = swapWithLater(head, matched, suspects, later, laterHeads);
      }
      if (swap != null) {
        return swap;
      }
    }
    Leaf first = suspects.get(0);
    String names =
        suspects.stream()
            .limit(NAMED)
            .map(l -> l.event().describe())
            .collect(Collectors.joining("; "));
    return AuditProblem.at(
        ProblemKind.CHECKPOINT_MISMATCH,
        first.position(),
        first.event(),
        "every chain holds, but the events at positions "
            + first.position()
            + " to "
            + (head.treeSize() - 1)
            + " are not the ones the tree head signed at "
            + head.createdAt()
            + " for tree size "
            + head.treeSize()
            + " covers: rewritten with a recomputed chain hash,"
            + " forged, or moved across budgets: "
            + names
            + (suspects.size() > NAMED ? "; and " + (suspects.size() - NAMED) + " more" : ""));
  }

  private AuditProblem swapWithin(Checkpoint head, MerkleFrontier matched, List<Leaf> suspects) {
    for (int i = 0; i < suspects.size(); i++) {
      for (int j = i + 1; j < suspects.size(); j++) {
        List<Leaf> swapped = new ArrayList<>(suspects);
        swapped.set(i, suspects.get(j));
        swapped.set(j, suspects.get(i));
        if (MessageDigest.isEqual(rootWith(matched, swapped), head.rootHashBytes())) {
          return swapped(head, suspects.get(i), suspects.get(j));
        }
      }
    }
    return null;
  }

  /**
   * A later event that, put back in a suspect's place (and the suspect in its place), gives every
   * signed root from here to it: only a swap does that, not an insertion or a deletion, which shift
   * every later event.
   */
  private AuditProblem swapWithLater(
      Checkpoint head,
      MerkleFrontier matched,
      List<Leaf> suspects,
      Iterator<HashedEvent> later,
      List<Checkpoint> laterHeads) {
    long position = suspects.get(suspects.size() - 1).position() + 1;
    List<Leaf> between = new ArrayList<>();
    while (later.hasNext() && between.size() < SWAP_DISTANCE) {
      HashedEvent event = later.next();
      Leaf candidate = new Leaf(position++, event.event(), event.storedHash());
      if (candidate.hash() == null) {
        return null;
      }
      for (int i = 0; i < suspects.size(); i++) {
        List<Leaf> restored = new ArrayList<>(suspects);
        restored.set(i, candidate);
        if (MessageDigest.isEqual(rootWith(matched, restored), head.rootHashBytes())
            && restoresLaterHeads(matched, restored, between, suspects.get(i), laterHeads)) {
          return swapped(head, suspects.get(i), candidate);
        }
      }
      between.add(candidate);
    }
    return null;
  }

  private static boolean restoresLaterHeads(
      MerkleFrontier matched,
      List<Leaf> restored,
      List<Leaf> between,
      Leaf movedBack,
      List<Checkpoint> laterHeads) {
    MerkleFrontier tree = matched.copy();
    restored.forEach(l -> tree.append(l.hash()));
    List<Leaf> rest = new ArrayList<>(between);
    rest.add(movedBack);
    Iterator<Checkpoint> heads = laterHeads.iterator();
    Checkpoint head = heads.hasNext() ? heads.next() : null;
    for (Leaf leaf : rest) {
      tree.append(leaf.hash());
      while (head != null && head.treeSize() == tree.size()) {
        if (!MessageDigest.isEqual(tree.root(), head.rootHashBytes())) {
          return false;
        }
        head = heads.hasNext() ? heads.next() : null;
      }
    }
    return true;
  }

  private static AuditProblem swapped(Checkpoint head, Leaf early, Leaf late) {
    return AuditProblem.at(
        ProblemKind.REORDERED,
        early.position(),
        early.event(),
        early.event().describe()
            + " at position "
            + early.position()
            + " and "
            + late.event().describe()
            + " at position "
            + late.position()
            + " were swapped: each"
            + " budget's chain holds, but the tree head signed at "
            + head.createdAt()
            + " for tree size "
            + head.treeSize()
            + " has the second where the first now is");
  }

  private static byte[] rootWith(MerkleFrontier matched, List<Leaf> leaves) {
    MerkleFrontier tree = matched.copy();
    leaves.forEach(l -> tree.append(l.hash()));
    return tree.root();
  }
}
