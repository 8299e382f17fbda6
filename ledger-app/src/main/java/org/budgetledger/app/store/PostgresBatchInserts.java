package org.budgetledger.app.store;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, JDBC batches of INSERTs go as multi-row INSERTs ({@code reWriteBatchedInserts}):
 * the event store appends a transaction's events, and the projections a batch's legs, in one
 * statement instead of one round trip per row. Other databases are left as configured.
 */
@Component
class PostgresBatchInserts implements BeanPostProcessor {
  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof HikariDataSource h
        && h.getJdbcUrl() != null
        && h.getJdbcUrl().startsWith("jdbc:postgresql")
        && !h.getJdbcUrl().contains("reWrite")) {
      h.addDataSourceProperty("reWriteBatchedInserts", "true");
    }
    return bean;
  }
}
