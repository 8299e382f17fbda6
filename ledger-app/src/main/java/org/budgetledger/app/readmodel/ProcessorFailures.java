package org.budgetledger.app.readmodel;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.ErrorContext;
import org.axonframework.eventhandling.ErrorHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Remembers the event each read model's processor last failed on. The processors' error handler
 * records here, then propagates as Axon's default does, so the processor keeps retrying (a database
 * that comes back heals it) while everyone can see that it is stuck and where. A failure is also
 * stored in the database, and every node reads the stored ones each second: a read model stopped on
 * one node stops writes on all of them, not only on the node whose processor met it (the others
 * waited out their 30 s before).
 */
@Component
public class ProcessorFailures {
  private static final Logger LOG = LoggerFactory.getLogger(ProcessorFailures.class);
  private final Map<String, ProcessorFailure> failures = new ConcurrentHashMap<>();
  private volatile Map<String, ProcessorFailure> elsewhere = Map.of();
  private final Clock clock;
  private final StoredFailures stored;

  public ProcessorFailures(Clock clock, StoredFailures stored) {
    this.clock = clock;
    this.stored = stored;
  }

  /**
   * Reads the failures every node has stored. Each second: a write on this node refuses within a
   * second of another node's processor stopping, and reads only memory meanwhile.
   */
  @Scheduled(fixedDelay = 1000, initialDelay = 1000)
  public void refresh() {
    try {
      elsewhere = Map.copyOf(stored.all());
    } catch (RuntimeException e) {
      LOG.debug("Could not read the stored read-model failures; keeping the last read", e);
    }
  }

  /** The handler to register for every read model's processor. */
  public ErrorHandler handler() {
    return context -> {
      // A claim taken by another node, or by a rebuild's switch, is no stopped read model: the
      // batch rolls back and the segment is claimed again. Recorded as one, it made writes on this
      // node skip their wait (and refused others) at every switch.
      if (!lostClaim(context.error())) {
        record(context);
      }
      PropagatingErrorHandler.instance().handleError(context);
    };
  }

  void record(ErrorContext context) {
    EventMessage<?> first = context.failedEvents().isEmpty() ? null : context.failedEvents().get(0);
    long index =
        first instanceof TrackedEventMessage<?> t && t.trackingToken() != null
            ? t.trackingToken().position().orElse(-1)
            : -1;
    ProcessorFailure failure =
        failures.compute(
            context.eventProcessor(),
            (name, old) ->
                old != null && old.eventIndex() == index
                    ? old.retried()
                    : new ProcessorFailure(
                        index,
                        first == null ? "?" : first.getPayloadType().getSimpleName(),
                        first == null ? "?" : first.getIdentifier(),
                        innermost(context.error()),
                        clock.instant(),
                        1));
    try {
      stored.save(context.eventProcessor(), failure);
    } catch (RuntimeException e) {
      LOG.warn("Could not store the failure of read model {}", context.eventProcessor(), e);
    }
    if (failure.attempts() == 1) {
      LOG.error(
          "Read model {} cannot apply event #{} ({} {}): {}",
          context.eventProcessor(),
          index,
          failure.eventType(),
          failure.eventId(),
          failure.error(),
          context.error());
    }
  }

  /**
   * The failure of {@code processor}, met on this node or stored by another, unless it has since
   * applied events past it ({@code position}: -1 when not known); a failure passed is forgotten
   * here and in the database.
   */
  public Optional<ProcessorFailure> of(String processor, long position) {
    ProcessorFailure f = failures.get(processor);
    if (f == null) {
      f = elsewhere.get(processor);
    }
    if (f != null && position >= f.eventIndex()) {
      failures.remove(processor, f);
      forgetStored(processor, f);
      return Optional.empty();
    }
    return Optional.ofNullable(f);
  }

  private void forgetStored(String processor, ProcessorFailure passed) {
    Map<String, ProcessorFailure> copy = new HashMap<>(elsewhere);
    copy.computeIfPresent(processor, (p, f) -> f.eventIndex() == passed.eventIndex() ? null : f);
    elsewhere = Map.copyOf(copy);
    try {
      stored.delete(processor, passed.eventIndex());
    } catch (RuntimeException e) {
      LOG.debug("Could not remove the stored failure of read model {}", processor, e);
    }
  }

  private static boolean lostClaim(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof UnableToClaimTokenException) {
        return true;
      }
    }
    return false;
  }

  private static String innermost(Throwable error) {
    Throwable t = error;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return message.length() > 300 ? message.substring(0, 300) + "…" : message;
  }
}
