package org.budgetledger.app.readmodel;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * The read models' meters, per node: {@code ledger.processor.lag} (events in the store the
 * processor has not applied yet, whichever node processes its segments: read from the token store
 * and the store's head at each scrape) and {@code ledger.processor.segments.claimed} (how many of
 * its segments this node processes; summed over the nodes, the processor's segment count).
 */
@Component
class ReadModelMetrics implements SmartInitializingSingleton {
  private final MeterRegistry registry;
  private final ReadModelMonitor monitor;

  ReadModelMetrics(MeterRegistry registry, ReadModelMonitor monitor) {
    this.registry = registry;
    this.monitor = monitor;
  }

  @Override
  public void afterSingletonsInstantiated() {
    for (String processor : ReadModelMonitor.PROCESSORS) {
      Gauge.builder("ledger.processor.lag", monitor, m -> lag(m, processor))
          .description("events recorded that the read model has not applied yet")
          .tag("processor", processor)
          .register(registry);
      Gauge.builder(
              "ledger.processor.segments.claimed",
              monitor,
              m -> m.segments(processor).stream().filter(SegmentPosition::local).count())
          .description("segments of the read model's processor this node processes")
          .tag("processor", processor)
          .register(registry);
    }
  }

  private static double lag(ReadModelMonitor monitor, String processor) {
    return monitor.status().stream()
        .filter(s -> s.processor().equals(processor))
        .mapToLong(ProcessorStatus::behind)
        .findFirst()
        .orElse(-1);
  }
}
