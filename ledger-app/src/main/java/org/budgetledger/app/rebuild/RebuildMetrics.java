package org.budgetledger.app.rebuild;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * The read models' version and rebuild meters, per node: {@code ledger.readmodel.version} (the
 * version served: every node's equal, one more after each rebuild's switch), {@code
 * ledger.rebuild.running} (1 while a rebuild runs on this node) and {@code ledger.rebuild.events}
 * with tag {@code of} {@code done} or {@code total} (its progress).
 */
@Component
class RebuildMetrics implements SmartInitializingSingleton {
  private final MeterRegistry registry;
  private final ReadModelVersions versions;
  private final RebuildProgress progress;

  RebuildMetrics(MeterRegistry registry, ReadModelVersions versions, RebuildProgress progress) {
    this.registry = registry;
    this.versions = versions;
    this.progress = progress;
  }

  @Override
  public void afterSingletonsInstantiated() {
    Gauge.builder("ledger.readmodel.version", versions, v -> v.current().version())
        .description("the read-model version this node serves")
        .register(registry);
    Gauge.builder("ledger.rebuild.running", progress, p -> p.running() ? 1 : 0)
        .description("1 while a rebuild of the read models runs on this node")
        .register(registry);
    Gauge.builder("ledger.rebuild.events", progress, RebuildProgress::eventsDone)
        .description("events written into the new version by this node's rebuild")
        .tag("of", "done")
        .register(registry);
    Gauge.builder("ledger.rebuild.events", progress, RebuildProgress::eventsTotal)
        .description("events the store held when this node's rebuild started")
        .tag("of", "total")
        .register(registry);
  }
}
