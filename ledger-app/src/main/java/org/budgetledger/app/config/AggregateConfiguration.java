package org.budgetledger.app.config;

import org.axonframework.config.ConfigurerModule;
import org.budgetledger.core.budget.DepartmentBudgetAggregate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the department budget aggregate, snapshotted every {@code ledger.snapshot-threshold}. */
@Configuration(proxyBeanMethods = false)
public class AggregateConfiguration {
  @Bean
  public ConfigurerModule departmentBudgetModule(
      @Value("${ledger.snapshot-threshold:1000}") int snapshotThreshold) {
    return configurer -> configurer.configureAggregate(
        DepartmentBudgetAggregate.configurer(snapshotThreshold));
  }
}
