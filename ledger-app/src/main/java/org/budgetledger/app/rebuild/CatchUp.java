package org.budgetledger.app.rebuild;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.budgetledger.projections.entries.LegRow;
import org.budgetledger.projections.entries.LegTable;
import org.budgetledger.projections.facts.FactTable;
import org.budgetledger.projections.slot.ReadModelSlot;
import org.springframework.stereotype.Component;

/**
 * Brings a slot that is not live up to the head of the store: the events after a token, read from
 * the storage engine as the bulk replay reads them, their rows replacing any of the same events (a
 * page written twice leaves one copy). Runs in the caller's transaction, if any.
 */
@Component
class CatchUp {
  private static final int PAGE_EVENTS = 1_000;
  private final EventStorageEngine engine;
  private final LegTable legs;
  private final FactTable facts;

  CatchUp(EventStorageEngine engine, LegTable legs, FactTable facts) {
    this.engine = engine;
    this.legs = legs;
    this.facts = facts;
  }

  /** How far a catch-up came: the last event's token (the one given when none) and the count. */
  record Reached(TrackingToken token, long events) {}

  Reached from(TrackingToken token, ReadModelSlot target, RebuildTracker tracker) {
    TrackingToken last = token;
    long events = 0;
    try (Stream<? extends TrackedEventMessage<?>> stream = engine.readEvents(token, false)) {
      List<TrackedEventMessage<?>> page = new ArrayList<>(PAGE_EVENTS);
      var it = stream.iterator();
      while (it.hasNext()) {
        TrackedEventMessage<?> message = it.next();
        page.add(message);
        last = message.trackingToken();
        if (page.size() == PAGE_EVENTS || !it.hasNext()) {
          write(page, target);
          events += page.size();
          tracker.add(page.size());
          page = new ArrayList<>(PAGE_EVENTS);
        }
      }
    }
    return new Reached(last, events);
  }

  private void write(List<TrackedEventMessage<?>> page, ReadModelSlot target) {
    ReplayRows rows = ReplayRows.of(page, facts);
    Map<String, List<LegRow>> byEvent = new LinkedHashMap<>();
    rows.legs().forEach(r -> byEvent.computeIfAbsent(r.eventId(), k -> new ArrayList<>()).add(r));
    legs.replaceAll(target.legTable(), byEvent);
    facts.replaceAll(target.factTable(), rows.facts());
  }
}
