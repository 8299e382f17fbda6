package org.budgetledger.app.rebuild;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} (details signed in): the read-model version this node serves (every node
 * serves the one the database names live) and this node's rebuild, if one runs here. A rebuild does
 * not make a node unready: its readers answer from the live version meanwhile.
 */
@Component("readModelVersion")
class ReadModelVersionHealth implements HealthIndicator {
  private final ReadModelVersions versions;
  private final RebuildProgress progress;

  ReadModelVersionHealth(ReadModelVersions versions, RebuildProgress progress) {
    this.versions = versions;
    this.progress = progress;
  }

  @Override
  public Health health() {
    ReadModelVersion v = versions.current();
    Health.Builder health =
        Health.up().withDetail("version", v.version()).withDetail("liveSlot", v.live().key());
    if (v.switchedAt() != null) {
      health.withDetail("switchedAt", v.switchedAt().toString());
    }
    if (progress.running()) {
      health.withDetail(
          "rebuilding", progress.eventsDone() + " of " + progress.eventsTotal() + " events");
    }
    return health.build();
  }
}
