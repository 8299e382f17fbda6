package org.budgetledger.app.cluster;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.management.ManagementFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Names this process's PostgreSQL sessions after the node: {@code ledger-node pid@host} for a
 * server, {@code ledger-cli pid@host} for a command line run. The name after the prefix is the one
 * Axon's token store writes as a segment's owner, so {@code pg_stat_activity} tells which nodes are
 * alive and which owners of claims they are ({@link SegmentBalancer}); a killed node's sessions end
 * with its connections. On H2 nothing is named.
 */
@Component
public class NodeNames implements BeanPostProcessor {
  /** The prefix of a server node's session name. */
  public static final String NODE_PREFIX = "ledger-node ";

  private final boolean cli;

  public NodeNames(@Value("${ledger.cli:false}") boolean cli) {
    this.cli = cli;
  }

  /** This process as Axon's token store names a claim's owner. */
  public static String thisNode() {
    return ManagementFactory.getRuntimeMXBean().getName();
  }

  @Override
  public Object postProcessBeforeInitialization(Object bean, String beanName) {
    if (bean instanceof HikariDataSource hikari
        && hikari.getJdbcUrl() != null
        && hikari.getJdbcUrl().startsWith("jdbc:postgresql:")) {
      hikari.addDataSourceProperty(
          "ApplicationName", (cli ? "ledger-cli " : NODE_PREFIX) + thisNode());
    }
    return bean;
  }
}
