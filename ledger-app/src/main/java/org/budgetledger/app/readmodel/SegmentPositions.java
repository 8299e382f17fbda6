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
    Map<Integer, EventTrackerStatus> local =
        processor
            .filter(StreamingEventProcessor::isRunning)
            .map(p -> p.processingStatus())
            .orElse(Map.of());
    List<SegmentPosition> positions = new ArrayList<>();
    long covered = 0; // in units of 1/2^20 of the hash space, so that the sum is exact
    for (EventTrackerStatus s : local.values()) {
      if (s.isErrorState() || s.getCurrentPosition().isEmpty()) {
        positions.clear();
        covered = -1;
        break;
      }
      positions.add(
          new SegmentPosition(
              s.getSegment(), s.getCurrentPosition().getAsLong(), true, "this node"));
      covered += (1L << 20) / (s.getSegment().getMask() + 1L);
    }
    if (covered == (1L << 20)) {
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
}
