package org.budgetledger.app.readmodel;

import java.util.List;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health}: DOWN while a read model has stopped on an event, naming it, so a
 * monitor sees that tables, balances and reconciliation leave out everything after that event.
 */
@Component("readModels")
public class ReadModelHealth implements HealthIndicator {
  private final ReadModelMonitor monitor;

  public ReadModelHealth(ReadModelMonitor monitor) {
    this.monitor = monitor;
  }

  @Override
  public Health health() {
    List<ProcessorStatus> status = monitor.status();
    Health.Builder health =
        status.stream().anyMatch(ProcessorStatus::stopped) ? Health.down() : Health.up();
    status.forEach(s -> health.withDetail(s.processor(), s.describe()));
    return health.build();
  }
}
