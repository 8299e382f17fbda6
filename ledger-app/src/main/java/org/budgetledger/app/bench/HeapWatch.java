package org.budgetledger.app.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The most heap the bench ever held live: the heap in use right after each collection, at its
 * highest. Summing each pool's own peak (as the first bench did) adds peaks reached at different
 * moments and reported more than the maximum heap.
 */
final class HeapWatch implements AutoCloseable {
  private final AtomicLong peakLive = new AtomicLong();
  private final NotificationListener listener =
      (notification, handback) -> {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
            notification.getType())) {
          GarbageCollectionNotificationInfo info =
              GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
          long live =
              info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                  .mapToLong(MemoryUsage::getUsed)
                  .sum();
          peakLive.accumulateAndGet(live, Math::max);
        }
      };

  HeapWatch() {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc).addNotificationListener(listener, null, null);
    }
  }

  long peakLiveBytes() {
    return peakLive.get();
  }

  @Override
  public void close() {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      try {
        ((NotificationEmitter) gc).removeNotificationListener(listener);
      } catch (javax.management.ListenerNotFoundException e) {
        // never added to this collector: nothing to remove
      }
    }
  }
}
