package org.budgetledger.app.config;

import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.config.ConfigurerModule;
import org.budgetledger.core.budget.DepartmentBudgetAggregate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the department budget aggregate, snapshotted every {@code ledger.snapshot-threshold},
 * and kept in a cache between commands: a write loaded all of its budget's events every time,
 * growing with the budget, while the writers of one budget wait for each other (README,
 * Performance). A cached budget another process has since written to is caught at the append by the
 * (aggregate, sequence) key: Axon then drops it from the cache, and the command is retried on the
 * fresh state ({@code ConcurrencyRetry}). The cache holds weak references: memory pressure empties
 * it.
 */
@Configuration(proxyBeanMethods = false)
public class AggregateConfiguration {
  @Bean
  public ConfigurerModule departmentBudgetModule(
      @Value("${ledger.snapshot-threshold:1000}") int snapshotThreshold) {
    return configurer ->
        configurer.configureAggregate(
            DepartmentBudgetAggregate.configurer(snapshotThreshold)
                .configureCache(c -> new WeakReferenceCache()));
  }
}
