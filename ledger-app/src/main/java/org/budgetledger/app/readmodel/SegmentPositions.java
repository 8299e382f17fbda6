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
 * the token store. When this node holds every segment, the database is not read at all. Each
 * segment is then given the furthest position this node has known it at ({@link KnownPositions}),
 * so that a segment that fails, and leaves this node's memory, does not seem to go back.
 */
final class SegmentPositions {
  private SegmentPositions() {}

  static List<SegmentPosition> of(
      Optional<StreamingEventProcessor> processor,
      StoredTokens stored,
      String name,
      KnownPositions known) {
    Optional<StreamingEventProcessor> running =
        processor.filter(StreamingEventProcessor::isRunning);
    if (running.isEmpty()) {
      known.forget(name);
    }
    Map<Integer, EventTrackerStatus> local =
        running.map(p -> p.processingStatus()).orElse(Map.<Integer, EventTrackerStatus>of());
    List<SegmentPosition> read = allHere(local).orElseGet(() -> withStored(local, stored.of(name)));
    List<SegmentPosition> furthest = new ArrayList<>(read.size());
    for (SegmentPosition p : read) {
      furthest.add(
          new SegmentPosition(
              p.segment(), known.furthest(name, p.segment(), p.position()), p.local(), p.owner()));
    }
    known.retain(name, read.stream().map(SegmentPosition::segment).toList());
    return furthest;
  }

  /**
   * The positions of every segment when this node processes all of them, from memory alone; empty
   * when some are processed elsewhere (or none has started here), which only the token store tells.
   */
  static Optional<List<SegmentPosition>> allHere(Optional<StreamingEventProcessor> processor) {
    return allHere(
        processor
            .filter(StreamingEventProcessor::isRunning)
            .map(p -> p.processingStatus())
            .orElse(Map.of()));
  }

  /**
   * The segments this node processes, when they cover the whole hash space and each is well and has
   * a position; empty otherwise.
   */
  private static Optional<List<SegmentPosition>> allHere(Map<Integer, EventTrackerStatus> local) {
    List<SegmentPosition> positions = new ArrayList<>(local.size());
    long covered = 0; // in units of 1/2^20 of the hash space, so that the sum is exact
    for (EventTrackerStatus s : local.values()) {
      if (!processing(s)) {
        return Optional.empty();
      }
      positions.add(
          new SegmentPosition(
              s.getSegment(), s.getCurrentPosition().getAsLong(), true, "this node"));
      covered += (1L << 20) / (s.getSegment().getMask() + 1L);
    }
    return covered == (1L << 20) ? Optional.of(positions) : Optional.empty();
  }

  /**
   * Every segment the token store holds, at the further of its stored position and this node's
   * memory of it. Each segment is judged alone: one segment in error here (for the moment between
   * its failure and the release of its claim) leaves the others at their positions in memory; they
   * were read from the store before, where a segment that handled none of the latest events lags.
   * The memory of a segment in error still holds the position of its last committed batch.
   */
  private static List<SegmentPosition> withStored(
      Map<Integer, EventTrackerStatus> local, List<StoredTokens.SegmentToken> rows) {
    int[] ids = rows.stream().mapToInt(StoredTokens.SegmentToken::segment).toArray();
    List<SegmentPosition> merged = new ArrayList<>(rows.size());
    for (StoredTokens.SegmentToken row : rows) {
      Segment segment = Segment.computeSegment(row.segment(), ids);
      EventTrackerStatus here = local.get(row.segment());
      boolean same = here != null && here.getSegment().equals(segment);
      long memory = same ? here.getCurrentPosition().orElse(-1) : -1;
      boolean processed = same && processing(here);
      merged.add(
          new SegmentPosition(
              segment,
              Math.max(memory, row.position()),
              processed,
              processed ? "this node" : row.owner()));
    }
    return merged;
  }

  private static boolean processing(EventTrackerStatus s) {
    return !s.isErrorState() && s.getCurrentPosition().isPresent();
  }
}
