package org.budgetledger.app.readmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;

/**
 * Every segment of a processor with its position, whichever node processes it. Segments this node
 * has claimed are read from memory, which Axon advances as soon as a batch commits; the others from
 * the token store. When this node holds every segment, the database is not read at all.
 */
final class SegmentPositions {
  private SegmentPositions() {}

  static List<SegmentPosition> of(
      Optional<StreamingEventProcessor> processor, StoredTokens stored, String name) {
    List<SegmentPosition> positions = new ArrayList<>();
    if (claimedHere(processor, positions)) {
      return positions;
    }
    List<StoredTokens.SegmentToken> rows = stored.of(name);
    int[] ids = rows.stream().mapToInt(StoredTokens.SegmentToken::segment).toArray();
    List<SegmentPosition> merged = new ArrayList<>(rows.size());
    for (StoredTokens.SegmentToken row : rows) {
      Optional<SegmentPosition> here =
          positions.stream().filter(p -> p.segment().getSegmentId() == row.segment()).findFirst();
      merged.add(
          here.orElseGet(
              () ->
                  new SegmentPosition(
                      Segment.computeSegment(row.segment(), ids),
                      row.position(),
                      false,
                      row.owner())));
    }
    return merged;
  }

  /**
   * The positions of every segment when this node processes all of them, from memory alone; empty
   * when some are processed elsewhere (or none has started here), which only the token store tells.
   */
  static Optional<List<SegmentPosition>> allHere(Optional<StreamingEventProcessor> processor) {
    List<SegmentPosition> positions = new ArrayList<>();
    return claimedHere(processor, positions) ? Optional.of(positions) : Optional.empty();
  }

  /**
   * Adds the segments this node has claimed to {@code positions} (none when one of them is in error
   * or has no position yet) and says whether they cover the whole hash space.
   */
  private static boolean claimedHere(
      Optional<StreamingEventProcessor> processor, List<SegmentPosition> positions) {
    Map<Integer, EventTrackerStatus> local =
        processor
            .filter(StreamingEventProcessor::isRunning)
            .map(p -> p.processingStatus())
            .orElse(Map.of());
    long covered = 0; // in units of 1/2^20 of the hash space, so that the sum is exact
    for (EventTrackerStatus s : local.values()) {
      if (s.isErrorState() || s.getCurrentPosition().isEmpty()) {
        positions.clear();
        return false;
      }
      positions.add(
          new SegmentPosition(
              s.getSegment(), s.getCurrentPosition().getAsLong(), true, "this node"));
      covered += (1L << 20) / (s.getSegment().getMask() + 1L);
    }
    return covered == (1L << 20);
  }
}
