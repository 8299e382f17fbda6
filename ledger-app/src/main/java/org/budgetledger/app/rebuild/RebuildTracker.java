package org.budgetledger.app.rebuild;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/** The one {@link RebuildProgress} of this process, written by the rebuild as it goes. */
@Component
class RebuildTracker implements RebuildProgress {
  private volatile boolean running;
  private final AtomicLong done = new AtomicLong();
  private final AtomicLong total = new AtomicLong();

  void start(long events) {
    done.set(0);
    total.set(events);
    running = true;
  }

  void add(long events) {
    long now = done.addAndGet(events);
    total.accumulateAndGet(now, Math::max);
  }

  void finish() {
    running = false;
  }

  @Override
  public boolean running() {
    return running;
  }

  @Override
  public long eventsDone() {
    return done.get();
  }

  @Override
  public long eventsTotal() {
    return total.get();
  }
}
