package org.budgetledger.app.command;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.budgetledger.app.readmodel.ProcessorStatus;
import org.budgetledger.app.readmodel.ReadModelMonitor;
import org.budgetledger.app.store.AppendedEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Read-your-writes for the asynchronous projections: waits until both read models have processed
 * every event in the store, so a command's caller sees its own change in the next query. It stops
 * waiting at once when a read model has stopped, and never throws: the write it follows has
 * committed, so a failure here is a note on the answer, not an error.
 */
@Component
public class ProjectionFreshness {
  private static final Logger LOG = LoggerFactory.getLogger(ProjectionFreshness.class);
  private final ReadModelMonitor monitor;

  public ProjectionFreshness(ReadModelMonitor monitor) {
    this.monitor = monitor;
  }

  /**
   * Waits up to {@code timeout}; the answer is empty when the read models hold every event, else a
   * note saying which one lags and why.
   */
  public Optional<String> awaitCaughtUp(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      long head = monitor.head(); // the caller's write committed before this: it is at or below
      while (true) {
        List<ProcessorStatus> status = monitor.status(head);
        Optional<ProcessorStatus> stopped =
            status.stream().filter(ProcessorStatus::stopped).findFirst();
        if (stopped.isPresent()) {
          return Optional.of(stopped.get().describe());
        }
        if (status.stream().allMatch(s -> s.behind() == 0)) {
          return Optional.empty();
        }
        if (System.nanoTime() >= deadline) {
          return Optional.of(lagging(status, timeout));
        }
        Thread.sleep(
            2); // positions come from memory: a short wait keeps the answer close to the work
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of("interrupted while waiting for the read models");
    } catch (RuntimeException e) {
      LOG.warn("Could not read the read models' positions", e);
      return Optional.of(
          "the read models' positions could not be read ("
              + e.getMessage()
              + "); tables may not show this change yet");
    }
  }

  /**
   * Waits up to {@code timeout} until every read model has applied the events a command appended,
   * in the segments that handle them, whichever node processes those, as the token store holds them
   * (looked at every few milliseconds). The answer is empty when they have, else a note as {@link
   * #awaitCaughtUp} gives.
   */
  public Optional<String> awaitApplied(AppendedEvents appended, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      long index = appended.lastIndex() >= 0 ? appended.lastIndex() : monitor.head();
      List<String> waiting = ReadModelMonitor.PROCESSORS;
      while (true) {
        Optional<ProcessorStatus> stopped = monitor.stopped();
        if (stopped.isPresent()) {
          return Optional.of(stopped.get().describe());
        }
        waiting = monitor.notYetApplied(waiting, appended.events(), index);
        if (waiting.isEmpty()) {
          return Optional.empty();
        }
        if (System.nanoTime() >= deadline) {
          return Optional.of(lagging(monitor.status(index), timeout));
        }
        // A look reads memory, and the token store once memory has passed the write: a short
        // wait keeps the answer close to the work.
        Thread.sleep(3);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of("interrupted while waiting for the read models");
    } catch (RuntimeException e) {
      LOG.warn("Could not read the read models' positions", e);
      return Optional.of(
          "the read models' positions could not be read ("
              + e.getMessage()
              + "); tables may not show this change yet");
    }
  }

  /** Refuses a write while a read model has stopped on an event already recorded. */
  public void refuseWritesIfStopped() {
    monitor.refuseWritesIfStopped();
  }

  private static String lagging(List<ProcessorStatus> status, Duration timeout) {
    return "after "
        + timeout.toSeconds()
        + " s "
        + String.join(
            "; ",
            status.stream().filter(s -> s.behind() > 0).map(ProcessorStatus::describe).toList())
        + ": tables will show this change once it catches up";
  }
}
