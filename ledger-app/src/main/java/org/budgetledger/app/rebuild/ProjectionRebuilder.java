package org.budgetledger.app.rebuild;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import org.axonframework.eventhandling.TrackingToken;
import org.budgetledger.app.command.ProjectionFreshness;
import org.budgetledger.projections.slot.ReadModelSlot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Rebuilds the read models beside the live ones, without stopping anyone (blue/green): under the
 * cluster's rebuild lock, the slot that is not live is emptied and filled from the whole event
 * store in bulk ({@link BulkReplay}), caught up with the events appended meanwhile ({@link
 * CatchUp}), and switched live in one transaction ({@link SlotSwitch}). Every node's processors
 * follow the switch ({@link SlotFollower}); the old slot is emptied after it. Until the switch
 * every reader on every node reads the old slot, whole; a rebuild that fails or dies changes
 * nothing readers see, and the next one empties what it left.
 */
@Service
public class ProjectionRebuilder {
  private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilder.class);

  private final RebuildLock lock;
  private final ReadModelVersions versions;
  private final BulkReplay replay;
  private final CatchUp catchUp;
  private final SlotSwitch slotSwitch;
  private final SlotRetirement retirement;
  private final SlotFollower follower;
  private final RebuildTracker tracker;
  private final ProjectionFreshness freshness;
  private final Clock clock;

  ProjectionRebuilder(
      RebuildLock lock,
      ReadModelVersions versions,
      BulkReplay replay,
      CatchUp catchUp,
      SlotSwitch slotSwitch,
      SlotRetirement retirement,
      SlotFollower follower,
      RebuildTracker tracker,
      ProjectionFreshness freshness,
      Clock clock) {
    this.lock = lock;
    this.versions = versions;
    this.replay = replay;
    this.catchUp = catchUp;
    this.slotSwitch = slotSwitch;
    this.retirement = retirement;
    this.follower = follower;
    this.tracker = tracker;
    this.freshness = freshness;
    this.clock = clock;
  }

  /**
   * Rebuilds and waits until the read models have reached the head of the store. Refused with
   * {@link RebuildRunningException} while another rebuild runs anywhere in the cluster.
   */
  public void rebuild(Duration timeout) {
    long start = System.nanoTime();
    ReadModelVersion from;
    try (RebuildLock.Held held =
        lock.tryAcquire()
            .orElseThrow(
                () ->
                    new RebuildRunningException(
                        versions.building().orElse("on another node, just started")))) {
      from = versions.current();
      ReadModelSlot target = from.live().other();
      versions.markBuilding(
          from.version() + 1, ManagementFactory.getRuntimeMXBean().getName(), clock.instant());
      tracker.start(replay.storedEvents());
      long bulk;
      long caught;
      try {
        TrackingToken token = replay.replayAll(from.live(), target, tracker);
        bulk = System.nanoTime();
        // One pass outside the append lock takes what was appended during the bulk replay, so
        // the switch holds appends only for the last few events.
        token = catchUp.from(token, target, tracker).token();
        caught = System.nanoTime();
        slotSwitch.switchTo(from.live(), target, token, tracker);
      } catch (RuntimeException e) {
        versions.clearBuilding();
        throw e;
      } finally {
        tracker.finish();
      }
      long switched = System.nanoTime();
      follower.switched(from.version() + 1);
      retirement.empty(from.live());
      log.info(
          "rebuild: version {} ({} slot) live; bulk replay {} ms, catch-up {} ms, switch {} ms",
          from.version() + 1,
          target.key(),
          (bulk - start) / 1_000_000,
          (caught - bulk) / 1_000_000,
          (switched - caught) / 1_000_000);
    }
    freshness
        .awaitCaughtUp(timeout)
        .ifPresent(
            lag -> {
              throw new IllegalStateException(
                  "the rebuild did not reach the head of the event store: " + lag);
            });
  }
}
