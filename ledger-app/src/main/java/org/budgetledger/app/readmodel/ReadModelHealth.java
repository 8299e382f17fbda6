package org.budgetledger.app.readmodel;

import java.util.List;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health}: DOWN while a read model has stopped on an event, naming it, so a
 * monitor sees that tables, balances and reconciliation leave out everything after that event. It
 * is part of the readiness group ({@code /actuator/health/readiness}), so a load balancer sends no
 * reader to a node whose read models have stopped. Details (for a signed-in user): each processor's
 * position and lag, and its segments with the node that processes each.
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
    // Which node processes which segment, and how far each has come: where a cluster's work is.
    for (String processor : ReadModelMonitor.PROCESSORS) {
      health.withDetail(
          processor + ".segments",
          monitor.segments(processor).stream()
              .map(
                  s ->
                      "segment "
                          + s.segment().getSegmentId()
                          + " at #"
                          + s.position()
                          + " on "
                          + (s.owner() == null ? "no node (unclaimed)" : s.owner()))
              .toList());
    }
    return health.build();
  }
}
