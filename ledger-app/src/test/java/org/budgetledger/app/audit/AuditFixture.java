package org.budgetledger.app.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.budgetledger.app.audit.chain.EventHasher;
import org.budgetledger.app.audit.chain.HashedEvent;
import org.budgetledger.app.audit.chain.StoredEvent;
import org.budgetledger.app.audit.checkpoint.Checkpoint;
import org.budgetledger.app.audit.checkpoint.CheckpointSigner;
import org.budgetledger.app.audit.checkpoint.LedgerKeys;
import org.budgetledger.app.audit.merkle.MerkleTree;
import org.budgetledger.app.audit.verification.ChainVerifier;
import org.budgetledger.app.audit.verification.VerificationReport;

/**
 * A small ledger of three budgets whose events interleave in global order, hashed as the ledger
 * writes them, with fixed ids and times; plus the tampering an attacker with database access might
 * do. Global indexes step by 10 so that a forged row can be slipped in between.
 */
public final class AuditFixture {

  public static final Instant SIGNED_AT = Instant.parse("2025-03-01T08:00:00Z");
  public static final List<String> BUDGETS =
      List.of("budget-2025-101001", "budget-2025-101002", "budget-2025-205007");

  public static final LedgerKeys KEYS = LedgerKeys.generate();

  private AuditFixture() {}

  /** {@code count} events, round robin over the three budgets. */
  public static List<HashedEvent> ledger(int count) {
    List<StoredEvent> events = new ArrayList<>();
    Map<String, Long> nextSequence = new HashMap<>();
    for (int i = 0; i < count; i++) {
      String budget = BUDGETS.get(i % BUDGETS.size());
      long sequence = nextSequence.merge(budget, 1L, Long::sum) - 1;
      events.add(event(10L * (i + 1), "evt-" + i, budget, sequence, 1_000_000L * (i + 1)));
    }
    return hashChains(events);
  }

  public static StoredEvent event(
      long globalIndex, String id, String budget, long sequence, long amountFen) {
    return new StoredEvent(
        globalIndex,
        id,
        budget,
        sequence,
        "org.budgetledger.core.budget.api.EntryRecordedEvent",
        "2",
        Instant.parse("2025-02-01T09:00:00Z").plusSeconds(globalIndex).toString(),
        "{\"budgetId\":\"" + budget + "\",\"lineKey\":\"2050101\",\"amountFen\":" + amountFen + "}",
        "{\"actor\":\"clerk-07\",\"correlationId\":\"" + id + "\"}");
  }

  /** Hashes the events as the ledger would on write, chaining per aggregate. */
  public static List<HashedEvent> hashChains(List<StoredEvent> events) {
    EventHasher hasher = new EventHasher();
    Map<String, byte[]> last = new HashMap<>();
    List<HashedEvent> hashed = new ArrayList<>();
    for (StoredEvent event : events) {
      byte[] previous = last.getOrDefault(event.aggregateIdentifier(), EventHasher.genesis());
      byte[] hash = hasher.hash(event, previous);
      last.put(event.aggregateIdentifier(), hash);
      hashed.add(new HashedEvent(event, hash));
    }
    return hashed;
  }

  /** The signed checkpoint over the first {@code treeSize} events. */
  public static Checkpoint checkpoint(List<HashedEvent> events, int treeSize) {
    MerkleTree tree =
        MerkleTree.of(events.subList(0, treeSize).stream().map(HashedEvent::storedHash).toList());
    return new CheckpointSigner(KEYS).sign(treeSize, tree.rootHash(), SIGNED_AT);
  }

  public static VerificationReport verify(List<HashedEvent> events, Checkpoint... checkpoints) {
    return new ChainVerifier(KEYS.publicKey()).verify(events.iterator(), List.of(checkpoints));
  }

  /** The event with its payload amount changed, its recorded hash left as it was. */
  public static HashedEvent withAmount(HashedEvent original, long amountFen) {
    StoredEvent e = original.event();
    String payload = e.payload().replaceAll("\"amountFen\":\\d+", "\"amountFen\":" + amountFen);
    return new HashedEvent(
        new StoredEvent(
            e.globalIndex(),
            e.eventIdentifier(),
            e.aggregateIdentifier(),
            e.sequenceNumber(),
            e.payloadType(),
            e.payloadRevision(),
            e.timestamp(),
            payload,
            e.metaData()),
        original.storedHash());
  }

  /** The event moved to another global index, as when two rows' contents are swapped in place. */
  public static HashedEvent atGlobalIndex(HashedEvent original, long globalIndex) {
    StoredEvent e = original.event();
    return new HashedEvent(
        new StoredEvent(
            globalIndex,
            e.eventIdentifier(),
            e.aggregateIdentifier(),
            e.sequenceNumber(),
            e.payloadType(),
            e.payloadRevision(),
            e.timestamp(),
            e.payload(),
            e.metaData()),
        original.storedHash());
  }

  /** Swaps the contents of the rows at two positions, keeping each row's global index. */
  public static List<HashedEvent> swapRows(List<HashedEvent> events, int a, int b) {
    List<HashedEvent> copy = new ArrayList<>(events);
    copy.set(a, atGlobalIndex(events.get(b), events.get(a).event().globalIndex()));
    copy.set(b, atGlobalIndex(events.get(a), events.get(b).event().globalIndex()));
    return copy;
  }
}
