package org.budgetledger.app.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.ErrorContext;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackerStatus;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.budgetledger.projections.entries.LedgerEntriesProjector;
import org.budgetledger.projections.facts.BudgetFactsProjector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code ./ledger status} while a read model's segment fails, each moment of it set up by hand: the
 * pooled processor marks the failing segment in error, drops it from its memory and releases its
 * claim, then claims it again from its stored token. Events #1 to #3 are recorded; #3 is the one
 * segment 1 cannot apply, segment 0 handles none of them and has stored no position since it
 * started (its node stores one only when it extends its claim). StatusCommandTest met these moments
 * by chance under load, and printed "applied events up to #-1".
 */
class UnclaimedSegmentStatusTest {
  static final String ENTRIES = LedgerEntriesProjector.PROCESSING_GROUP;
  static final Segment ZERO = Segment.computeSegment(0, 0, 1);
  static final Segment ONE = Segment.computeSegment(1, 0, 1);

  record EntryRecordedEvent(String reason) {}

  final StreamingEventProcessor processor = mock(StreamingEventProcessor.class);
  final StoredTokens stored = mock(StoredTokens.class);
  final Map<Integer, EventTrackerStatus> memory = new HashMap<>();
  ProcessorFailures failures;
  ReadModelMonitor monitor;

  static TrackingToken at(long index) {
    return GapAwareTrackingToken.newInstance(index, List.of());
  }

  @BeforeEach
  void oneNodeProcessingBothSegments() {
    EventStore store = mock(EventStore.class);
    given(store.createHeadToken()).willReturn(at(3));
    EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
    given(processing.eventProcessor(ENTRIES, StreamingEventProcessor.class))
        .willReturn(Optional.of(processor));
    given(
            processing.eventProcessor(
                BudgetFactsProjector.PROCESSING_GROUP, StreamingEventProcessor.class))
        .willReturn(Optional.empty());
    given(stored.of(BudgetFactsProjector.PROCESSING_GROUP))
        .willReturn(
            List.of(
                new StoredTokens.SegmentToken(0, 3, "other"),
                new StoredTokens.SegmentToken(1, 3, "other")));
    given(processor.isRunning()).willReturn(true);
    given(processor.processingStatus()).willReturn(memory);
    failures =
        new ProcessorFailures(
            Clock.fixed(Instant.parse("2026-12-06T14:00:00Z"), ZoneOffset.UTC),
            mock(StoredFailures.class));
    monitor = new ReadModelMonitor(store, stored, failures, processing);

    memory.put(0, new TrackerStatus(ZERO, at(2)));
    memory.put(1, new TrackerStatus(ONE, at(2)));
    storedPositions(-1, 2);
    assertThat(monitor.status().get(0).describe())
        .isEqualTo("read model ledger-entries at event #2 of 3 (1 behind)");

    memory.put(0, new TrackerStatus(ZERO, at(3))); // segment 0 passes #3, which it does not handle
    failures.record(
        new ErrorContext(
            ENTRIES,
            new IllegalStateException("Check constraint violation: REFUSES_POISON"),
            List.of(
                new GenericTrackedEventMessage<>(
                    at(3), GenericEventMessage.asEventMessage(new EntryRecordedEvent("poison"))))));
  }

  void storedPositions(long zero, long one) {
    given(stored.of(ENTRIES))
        .willReturn(
            List.of(
                new StoredTokens.SegmentToken(0, zero, "node-a"),
                new StoredTokens.SegmentToken(1, one, "node-a")));
  }

  String statusLine() {
    return monitor.status().get(0).describe();
  }

  static final String STOPPED =
      "read model ledger-entries stopped at event #3 (EntryRecordedEvent ";
  static final String APPLIED_UP_TO_2 =
      ": Check constraint violation: REFUSES_POISON; it has applied events up to #2 of 3, tables,"
          + " balances and reconciliation leave out the rest";

  @Test
  void aSegmentInErrorLeavesTheOtherAtItsPositionInMemory() {
    memory.put(1, new TrackerStatus(ONE, at(2)).markError(new IllegalStateException("poison")));

    assertThat(statusLine()).startsWith(STOPPED).endsWith(APPLIED_UP_TO_2);
    assertThat(monitor.segments(ENTRIES))
        .containsExactly(
            new SegmentPosition(ZERO, 3, true, "this node"),
            new SegmentPosition(ONE, 2, false, "node-a"));
  }

  @Test
  void anUnclaimedSegmentKeepsThePositionThisNodeKnewIt() {
    // Segment 1 had passed #2 without storing it (#2 was not its event), then failed on #3: its
    // node dropped it from memory and released its claim, and its stored token is still #1.
    storedPositions(-1, 1);
    memory.remove(1);

    assertThat(statusLine()).startsWith(STOPPED).endsWith(APPLIED_UP_TO_2);
    assertThat(monitor.segments(ENTRIES))
        .containsExactly(
            new SegmentPosition(ZERO, 3, true, "this node"),
            new SegmentPosition(ONE, 2, false, "node-a"));

    // Claimed again from its stored token: the memory of the new claim starts behind.
    memory.put(1, new TrackerStatus(ONE, at(1)));
    assertThat(statusLine()).startsWith(STOPPED).endsWith(APPLIED_UP_TO_2);
  }

  @Test
  void aProcessorStoppedHereIsReadFromTheTokenStoreAlone() {
    // Its tokens may be reset while it does not run here: what this node saw of them is forgotten.
    given(processor.isRunning()).willReturn(false);
    storedPositions(0, 1);

    assertThat(monitor.segments(ENTRIES))
        .containsExactly(
            new SegmentPosition(ZERO, 0, false, "node-a"),
            new SegmentPosition(ONE, 1, false, "node-a"));
    assertThat(statusLine()).startsWith(STOPPED).contains("applied events up to #0 of 3");
  }
}
