package org.budgetledger.app.audit.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.budgetledger.app.audit.merkle.MerkleFrontier;
import org.budgetledger.app.audit.verification.ChainVerifier;
import org.budgetledger.app.audit.verification.EventLogExport;
import org.budgetledger.app.audit.verification.OfflineVerifier;
import org.budgetledger.app.audit.verification.VerificationReport;

/**
 * Throughput of the audit trail on synthetic events: hashing on write, verification of a log held
 * in memory, and {@code verify-offline} from a JSON lines export. A main class, not a test, so the
 * build never pays for it. Arguments: [events, default 1000000] [aggregates, default 10000]. Run
 * with a heap of about 3 GB, since the events are materialised first to time only the audit.
 */
public final class VerifyBenchmark {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private VerifyBenchmark() {}

  public static void main(String[] args) throws IOException {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int aggregates = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    LedgerKeys keys = LedgerKeys.generate();

    run(keys, 100_000, aggregates, null); // warm-up, so the JIT has compiled the hot paths
    Path directory = Files.createTempDirectory("audit-bench");
    try {
      run(keys, count, aggregates, directory);
    } finally {
      Files.deleteIfExists(directory.resolve("events.jsonl"));
      Files.deleteIfExists(directory.resolve("checkpoint.txt"));
      Files.deleteIfExists(directory);
    }
  }

  private static void run(LedgerKeys keys, int count, int aggregates, Path directory)
      throws IOException {
    List<StoredEvent> events = generate(count, aggregates);

    long[] start = clock();
    List<HashedEvent> hashed = hashAsWritten(events);
    MerkleFrontier frontier = new MerkleFrontier();
    hashed.forEach(event -> frontier.append(event.storedHash()));
    Checkpoint checkpoint = new CheckpointSigner(keys).sign(count, frontier.root(), Instant.EPOCH);
    report("hash chains + Merkle root + sign", count, start);

    start = clock();
    VerificationReport verified =
        new ChainVerifier(keys.publicKey()).verify(hashed.iterator(), List.of(checkpoint));
    report("verify in memory", count, start);
    System.out.println("  " + verified.summary());
    if (directory == null || !verified.ok()) {
      return;
    }

    Path export = directory.resolve("events.jsonl");
    start = clock();
    EventLogExport.write(export, hashed.iterator());
    report("export JSON lines, " + Files.size(export) / 1_000_000 + " MB", count, start);
    Path checkpointFile = directory.resolve("checkpoint.txt");
    OfflineVerifier.writeCheckpoint(checkpointFile, checkpoint);

    start = clock();
    VerificationReport offline = OfflineVerifier.verify(checkpointFile, export, keys.publicKey());
    report("verify-offline from the file", count, start);
    System.out.println("  " + offline.summary());
  }

  /** Events shaped like the ledger's: UUID-sized ids, a budget entry payload, actor metadata. */
  private static List<StoredEvent> generate(int count, int aggregates) {
    List<StoredEvent> events = new ArrayList<>(count);
    long[] nextSequence = new long[aggregates];
    for (int i = 0; i < count; i++) {
      int aggregate = Math.floorMod(i * 7919, aggregates);
      String budget = String.format("budget-2025-%06d-0000-4000-8000-%012d", aggregate, aggregate);
      String id = String.format("%08x-0000-4000-8000-%012x", i, (long) i * 31);
      String payload =
          "{\"budgetId\":\""
              + budget
              + "\",\"lineKey\":{\"functionCode\":\"2050101\","
              + "\"economicCode\":\"30101\",\"fundSource\":\"GENERAL_PUBLIC_BUDGET\"},\"amountFen\":"
              + (1_000_000L + i)
              + ",\"effectiveDate\":\"2025-03-01\",\"basis\":\"ANNUAL_BUDGET\","
              + "\"actor\":\"clerk-07\",\"note\":\"基本支出 调剂\"}";
      String metaData =
          "{\"traceId\":\"" + id + "\",\"correlationId\":\"" + id + "\",\"actor\":\"clerk-07\"}";
      events.add(
          new StoredEvent(
              i + 1L,
              id,
              budget,
              nextSequence[aggregate]++,
              "org.budgetledger.core.budget.api.EntryRecordedEvent",
              "2",
              "2025-03-01T08:00:00." + String.format("%03d", i % 1000) + "Z",
              payload,
              metaData));
    }
    return events;
  }

  private static List<HashedEvent> hashAsWritten(List<StoredEvent> events) {
    EventHasher hasher = new EventHasher();
    Map<String, byte[]> lastHash = new HashMap<>();
    List<HashedEvent> hashed = new ArrayList<>(events.size());
    for (StoredEvent event : events) {
      byte[] hash =
          hasher.hash(
              event, lastHash.getOrDefault(event.aggregateIdentifier(), EventHasher.genesis()));
      lastHash.put(event.aggregateIdentifier(), hash);
      hashed.add(new HashedEvent(event, hash));
    }
    return hashed;
  }

  /**
   * Wall time and this thread's CPU time: on a machine shared with other builds the wall figure
   * measures the neighbours as much as the code, the CPU figure much less so.
   */
  private static void report(String what, long count, long[] start) {
    double wall = (System.nanoTime() - start[0]) / 1e9;
    double cpu = (THREADS.getCurrentThreadCpuTime() - start[1]) / 1e9;
    System.out.printf(
        "%-42s %,9d events: wall %6.2f s = %,9.0f/s, cpu %6.2f s = %,9.0f/s%n",
        what, count, wall, count / wall, cpu, count / cpu);
  }

  private static long[] clock() {
    return new long[] {System.nanoTime(), THREADS.getCurrentThreadCpuTime()};
  }
}
