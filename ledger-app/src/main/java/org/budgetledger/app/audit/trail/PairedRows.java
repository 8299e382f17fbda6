package org.budgetledger.app.audit.trail;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.BiFunction;
import org.budgetledger.app.audit.chain.HashedEvent;

/**
 * The events with their recorded hashes, read fast by pairing each event with the hash row of the
 * same global index, and exactly wherever that pairing fails.
 *
 * <p>The hash of an event is the {@code audit_event_hash} row with its event identifier (the
 * table's key); the ledger also writes the event's global index there, so for a log as written the
 * two tables line up by global index and the database can merge them in step. That column is only a
 * hint: a row is accepted when its hash row names the same event, which makes it the very row the
 * key would find. At the first row that does not (a hash row missing, or global indexes moved by
 * tampering), the rest is read by {@code exact}, the join on the event identifier, from that global
 * index on. A second hash row claiming an accepted event's global index only repeats that event,
 * and is skipped.
 */
final class PairedRows implements Iterator<HashedEvent> {

  private final BiFunction<Long, Long, Iterator<CopiedRow>> exact;
  private Iterator<CopiedRow> rows;
  private boolean pairing = true;
  private long delivered;
  private long lastGlobalIndex;
  private HashedEvent next;

  /**
   * {@code exact} reads by event identifier from the global index given, inclusive, leaving out as
   * many events as were delivered already (for a read of the first events only).
   */
  PairedRows(Iterator<CopiedRow> byGlobalIndex, BiFunction<Long, Long, Iterator<CopiedRow>> exact) {
    this.rows = byGlobalIndex;
    this.exact = exact;
  }

  @Override
  public boolean hasNext() {
    while (next == null && rows.hasNext()) {
      CopiedRow row = rows.next();
      long globalIndex = row.hashed().event().globalIndex();
      if (pairing && delivered > 0 && globalIndex == lastGlobalIndex) {
        continue;
      }
      if (pairing && !row.hashed().event().eventIdentifier().equals(row.hashedEventIdentifier())) {
        pairing = false;
        rows = exact.apply(globalIndex, delivered);
        continue;
      }
      next = row.hashed();
      delivered++;
      lastGlobalIndex = globalIndex;
    }
    return next != null;
  }

  @Override
  public HashedEvent next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    HashedEvent row = next;
    next = null;
    return row;
  }
}
