package org.budgetledger.app.readmodel;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.Segment;

/**
 * The furthest position this node has seen each segment of each read model reach, from its memory
 * or the token store. A segment's position only moves forward while its processor runs (a batch's
 * position is known only once it has committed, and a slot switch moves every token forward), but
 * what this node can read of it moves back: when a segment fails, its node drops it from memory and
 * releases its claim, and the token store holds only the last position its node stored, which for a
 * segment that handled none of the latest events is seconds behind, or no position at all. Read
 * alone, that made {@code ./ledger status} say for a moment that a read model had applied events up
 * to #-1. A processor that does not run here may be reset, so what was seen of it is forgotten.
 */
final class KnownPositions {
  private record Key(String processor, int segmentId, int mask) {}

  private final Map<Key, Long> furthest = new ConcurrentHashMap<>();

  /** The furthest of {@code position} and what was seen of the segment before; remembered. */
  long furthest(String processor, Segment segment, long position) {
    return furthest.merge(key(processor, segment), position, Math::max);
  }

  /**
   * Keeps only the segments the processor has now: a segment split or merged is another segment,
   * whose position starts from the token it was given.
   */
  void retain(String processor, Collection<Segment> segments) {
    Set<Key> now = segments.stream().map(s -> key(processor, s)).collect(Collectors.toSet());
    furthest.keySet().removeIf(k -> k.processor().equals(processor) && !now.contains(k));
  }

  /** Forgets the processor: it is not running here, and its tokens may be reset meanwhile. */
  void forget(String processor) {
    furthest.keySet().removeIf(k -> k.processor().equals(processor));
  }

  private static Key key(String processor, Segment segment) {
    return new Key(processor, segment.getSegmentId(), segment.getMask());
  }
}
