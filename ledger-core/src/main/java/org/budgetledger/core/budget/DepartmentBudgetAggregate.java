package org.budgetledger.core.budget;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.GenericAggregateFactory;

/**
 * How an application registers the department budget aggregate with Axon, without the aggregate
 * leaving its package: routed by budget id, snapshotted every {@code snapshotThreshold} events so a
 * long year loads fast (Axon takes at most one snapshot per budget per transaction, after it
 * commits), by a snapshotter of its own (a framework-wide one only knows aggregates it scanned).
 */
public final class DepartmentBudgetAggregate {
  private DepartmentBudgetAggregate() {}

  public static AggregateConfigurer<?> configurer(int snapshotThreshold) {
    return AggregateConfigurer.defaultConfiguration(DepartmentBudget.class)
        .configureCommandTargetResolver(c -> new BudgetCommandTargetResolver())
        .configureSnapshotTrigger(
            c ->
                new EventCountSnapshotTriggerDefinition(
                    AggregateSnapshotter.builder()
                        .eventStore(c.eventStore())
                        .aggregateFactories(new GenericAggregateFactory<>(DepartmentBudget.class))
                        .transactionManager(
                            c.getComponent(
                                TransactionManager.class, NoTransactionManager::instance))
                        .build(),
                    snapshotThreshold));
  }
}
