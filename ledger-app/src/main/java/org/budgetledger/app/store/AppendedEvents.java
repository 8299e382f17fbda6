package org.budgetledger.app.store;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * What one unit of work appended to the event store: the events, and the highest global index they
 * were given (known on PostgreSQL, where the engine draws the indexes itself; -1 elsewhere). Kept
 * in the unit of work's resources, so that whoever sent the command can wait for exactly its own
 * events in the read models, in the segments that handle them, not for the whole store.
 */
public final class AppendedEvents {
  private static final String RESOURCE = AppendedEvents.class.getName();

  private final List<EventMessage<?>> events = new CopyOnWriteArrayList<>();
  private long lastIndex = -1;

  /** What the unit of work has appended so far, if anything. */
  public static Optional<AppendedEvents> of(UnitOfWork<?> unitOfWork) {
    return Optional.ofNullable(unitOfWork.root().getResource(RESOURCE));
  }

  static void record(long globalIndex, EventMessage<?> event) {
    if (!CurrentUnitOfWork.isStarted()) {
      return;
    }
    AppendedEvents appended =
        CurrentUnitOfWork.get().root().getOrComputeResource(RESOURCE, k -> new AppendedEvents());
    appended.add(globalIndex, event);
  }

  private synchronized void add(long globalIndex, EventMessage<?> event) {
    lastIndex = Math.max(lastIndex, globalIndex);
    events.add(event);
  }

  /** The highest global index appended, or -1 when the database assigned it unseen. */
  public synchronized long lastIndex() {
    return lastIndex;
  }

  public List<EventMessage<?>> events() {
    return List.copyOf(events);
  }
}
