package org.budgetledger.core.budget;

import org.axonframework.config.AggregateConfigurer;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;

/**
 * How an application registers the department budget aggregate with Axon, without the aggregate
 * leaving its package: snapshotted every {@code snapshotThreshold} events so a long year loads fast.
 */
public final class DepartmentBudgetAggregate {
  private DepartmentBudgetAggregate() {}

  public static AggregateConfigurer<?> configurer(int snapshotThreshold) {
    return AggregateConfigurer.defaultConfiguration(DepartmentBudget.class)
        .configureSnapshotTrigger(c ->
            new EventCountSnapshotTriggerDefinition(c.snapshotter(), snapshotThreshold));
  }
}
