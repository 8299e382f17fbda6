package org.budgetledger.app.readmodel;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.budgetledger.projections.entries.LedgerEntriesProjector;
import org.budgetledger.projections.facts.BudgetFactsProjector;
import org.springframework.stereotype.Component;

/**
 * The state of the read models' processors against the event store: how far each has come, and
 * which has stopped on which event. Read by the freshness wait, the write path (which refuses to
 * pile entries onto a stopped read model), the health endpoint, {@code ./ledger status} and {@code
 * verify}, and the pages.
 */
@Component
public class ReadModelMonitor {
  /** The processing groups of the read models, in the order they are reported. */
  public static final List<String> PROCESSORS =
      List.of(LedgerEntriesProjector.PROCESSING_GROUP, BudgetFactsProjector.PROCESSING_GROUP);

  private final EventStore eventStore;
  private final StoredTokens stored;
  private final ProcessorFailures failures;
  private final EventProcessingConfiguration processing;
  private final KnownPositions known = new KnownPositions();

  public ReadModelMonitor(
      EventStore eventStore,
      StoredTokens stored,
      ProcessorFailures failures,
      EventProcessingConfiguration processing) {
    this.eventStore = eventStore;
    this.stored = stored;
    this.failures = failures;
    this.processing = processing;
  }

  /** Every read model's status; reads the database (throws when it cannot be reached). */
  public List<ProcessorStatus> status() {
    return status(head());
  }

  /** The position of the last event in the store (reads the database). */
  public long head() {
    return position(eventStore.createHeadToken());
  }

  /** Every read model's status against a head read before (a waiter reads the head once). */
  public List<ProcessorStatus> status(long head) {
    return PROCESSORS.stream()
        .map(
            p -> {
              long at = processed(p);
              return new ProcessorStatus(p, at, head, failures.of(p, at).orElse(null));
            })
        .toList();
  }

  /** The first read model known to have stopped, from memory only (no database access). */
  public Optional<ProcessorStatus> stopped() {
    for (String p : PROCESSORS) {
      Optional<ProcessorFailure> f = failures.of(p, -1);
      if (f.isPresent()) {
        return status().stream().filter(ProcessorStatus::stopped).findFirst();
      }
    }
    return Optional.empty();
  }

  /** Refuses a write while a read model cannot apply what is already recorded. */
  public void refuseWritesIfStopped() {
    stopped()
        .ifPresent(
            s -> {
              throw new ReadModelStoppedException(s);
            });
  }

  /**
   * How far a read model has come: the lowest position of its segments, wherever they are
   * processed, each at the furthest this node has known it ({@link SegmentPositions}).
   */
  long processed(String processor) {
    List<SegmentPosition> segments = segments(processor);
    return segments.isEmpty()
        ? -1 // no token yet: the processor has not started
        : segments.stream().mapToLong(SegmentPosition::position).min().getAsLong();
  }

  /** Every segment of the read model's processor, with its position and its node. */
  public List<SegmentPosition> segments(String processor) {
    return SegmentPositions.of(
        processing.eventProcessor(processor, StreamingEventProcessor.class),
        stored,
        processor,
        known);
  }

  /**
   * Whether the read model has applied {@code events}, appended up to global index {@code index},
   * in the live read models: only the segments that handle one of them must have reached it. Their
   * positions are read from the token store, whichever node processes them: a segment stores its
   * token in the transaction of the rows it writes, so a stored position is what the live tables
   * hold, also across a rebuild's switch, which stores every segment's token with the new slot (a
   * node's memory may still hold the position it reached in the slot it wrote before). A segment
   * with no handler for an event stores its position only when its node extends its claim, so it is
   * not waited for.
   */
  public boolean applied(String processor, List<? extends EventMessage<?>> events, long index) {
    return applied(processor, stored.of(processor), events, index);
  }

  /**
   * Of {@code processors}, those that have not yet applied {@code events} (as {@link #applied}) or
   * not passed {@code index} here (as {@link #passedHere}). Memory is looked at first, and the
   * token store is read once, for all the processors memory lets through: on a node that processes
   * every segment, one query a write once the processors have passed it, not one a processor on
   * every look (measured: those queries were 6–7% of the server's CPU a REST write).
   */
  public List<String> notYetApplied(
      List<String> processors, List<? extends EventMessage<?>> events, long index) {
    List<String> passed = processors.stream().filter(p -> passedHere(p, index)).toList();
    Map<String, List<StoredTokens.SegmentToken>> rows = stored.of(passed);
    return processors.stream()
        .filter(
            p -> !passed.contains(p) || !applied(p, rows.getOrDefault(p, List.of()), events, index))
        .toList();
  }

  private boolean applied(
      String processor,
      List<StoredTokens.SegmentToken> rows,
      List<? extends EventMessage<?>> events,
      long index) {
    EventHandlerInvoker invoker =
        processing
            .eventProcessor(processor, AbstractEventProcessor.class)
            .map(AbstractEventProcessor::eventHandlerInvoker)
            .orElse(null);
    // As the processor will see them: a handler that takes the event's tracking token matches
    // only a tracked message.
    TrackingToken at = GapAwareTrackingToken.newInstance(index, List.of());
    List<EventMessage<?>> tracked =
        events.stream().<EventMessage<?>>map(e -> tracked(e, at)).toList();
    if (rows.isEmpty()) {
      return false; // the processor has not started anywhere yet
    }
    int[] ids = rows.stream().mapToInt(StoredTokens.SegmentToken::segment).toArray();
    for (StoredTokens.SegmentToken row : rows) {
      Segment segment = Segment.computeSegment(row.segment(), ids);
      boolean concerned =
          invoker == null || tracked.stream().anyMatch(e -> invoker.canHandle(e, segment));
      if (concerned && row.position() < index) {
        return false;
      }
    }
    return true;
  }

  /**
   * On a node that processes every segment of the processor itself, whether all of them have passed
   * {@code index} in memory, so that its status reads caught up right after a write; true where
   * other nodes process some (their stored positions of events they have no handler for move only
   * with their claims). Reads memory only: a writer asks it every few milliseconds before it asks
   * the token store ({@link #applied}), which it then asks once on a single node.
   */
  public boolean passedHere(String processor, long index) {
    return SegmentPositions.allHere(
            processing.eventProcessor(processor, StreamingEventProcessor.class))
        .map(all -> all.stream().allMatch(s -> s.position() >= index))
        .orElse(true);
  }

  private static EventMessage<?> tracked(EventMessage<?> event, TrackingToken token) {
    return event instanceof DomainEventMessage<?> domain
        ? new GenericTrackedDomainEventMessage<>(token, domain)
        : new GenericTrackedEventMessage<>(token, event);
  }

  static long position(TrackingToken token) {
    return token == null ? -1 : token.position().orElse(-1);
  }
}
