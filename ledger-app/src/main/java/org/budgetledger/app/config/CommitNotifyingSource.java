package org.budgetledger.app.config;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * The event store as the read models' processors stream it, telling them when this process has
 * committed events. A pooled processor whose stream cannot announce new events polls it every 500
 * ms (Axon's fixed delay), and the event store's own stream cannot: that was the half second each
 * write waited for its read models (profiled, README Performance). So each stream here accepts the
 * processor's availability callback, and every commit in this process calls it a few times in the
 * next hundred milliseconds: the store's stream fetches the new events on a thread of its own a
 * moment after the commit, and the processor looks again at each call (a call that finds nothing
 * costs one in-memory check). Events committed by another process are seen by the processor's
 * regular poll.
 */
final class CommitNotifyingSource implements StreamableMessageSource<TrackedEventMessage<?>> {

  /**
   * When after a commit the processors are told to look: the store's fetch is usually done by 3.
   */
  private static final long[] POKES_MILLIS = {1, 3, 10, 30, 100};

  private final EventStore store;
  private final Set<Runnable> callbacks = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService pokes =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread thread = new Thread(r, "ledger-commit-notifier");
            thread.setDaemon(true);
            return thread;
          });

  CommitNotifyingSource(EventStore store) {
    this.store = store;
    store.subscribe(
        events -> {
          if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> committed());
          } else {
            committed();
          }
        });
  }

  /** Events were committed: the processors are told to look, a few times as the fetch lands. */
  void committed() {
    for (long delay : POKES_MILLIS) {
      pokes.schedule(() -> callbacks.forEach(Runnable::run), delay, TimeUnit.MILLISECONDS);
    }
  }

  @Override
  public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
    return new Stream(store.openStream(trackingToken));
  }

  @Override
  public TrackingToken createTailToken() {
    return store.createTailToken();
  }

  @Override
  public TrackingToken createHeadToken() {
    return store.createHeadToken();
  }

  @Override
  public TrackingToken createTokenAt(Instant dateTime) {
    return store.createTokenAt(dateTime);
  }

  @Override
  public TrackingToken createTokenSince(Duration duration) {
    return store.createTokenSince(duration);
  }

  /** The store's stream, and a callback registered while it is open. */
  private final class Stream implements BlockingStream<TrackedEventMessage<?>> {
    private final BlockingStream<TrackedEventMessage<?>> delegate;
    private volatile Runnable callback;

    Stream(BlockingStream<TrackedEventMessage<?>> delegate) {
      this.delegate = delegate;
    }

    @Override
    public boolean setOnAvailableCallback(Runnable onAvailable) {
      Runnable previous = callback;
      if (previous != null) {
        callbacks.remove(previous);
      }
      callback = onAvailable;
      callbacks.add(onAvailable);
      return true;
    }

    @Override
    public Optional<TrackedEventMessage<?>> peek() {
      return delegate.peek();
    }

    @Override
    public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
      return delegate.hasNextAvailable(timeout, unit);
    }

    @Override
    public boolean hasNextAvailable() {
      return delegate.hasNextAvailable();
    }

    @Override
    public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
      return delegate.nextAvailable();
    }

    @Override
    public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
      delegate.skipMessagesWithPayloadTypeOf(ignoredMessage);
    }

    @Override
    public void close() {
      Runnable registered = callback;
      if (registered != null) {
        callbacks.remove(registered);
      }
      delegate.close();
    }
  }
}
