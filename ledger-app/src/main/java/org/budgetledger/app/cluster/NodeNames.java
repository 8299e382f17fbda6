package org.budgetledger.app.cluster;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Names this process's PostgreSQL sessions after the node: {@code ledger-node <ledger> pid@host}
 * for a server, {@code ledger-cli <ledger> pid@host} for a command line run. The last word is the
 * one Axon's token store writes as a segment's owner, so {@code pg_stat_activity} tells which nodes
 * are alive and which owners of claims they are ({@link LiveNodes}); a killed node's sessions end
 * with its connections. {@code <ledger>} tells apart the ledgers that share one PostgreSQL server
 * in different schemas of one database ({@link #ledgerTag}): {@code pg_stat_activity} shows every
 * session of the server, and a node of another ledger counted as live made a node release segments
 * that no node of its own ledger took. On H2 nothing is named.
 */
@Component
public class NodeNames implements BeanPostProcessor {
  /** The prefix of a server node's session name. */
  public static final String NODE_PREFIX = "ledger-node ";

  private static final Pattern CURRENT_SCHEMA = Pattern.compile("[?&]currentSchema=([^&]*)");

  private final boolean cli;

  public NodeNames(@Value("${ledger.cli:false}") boolean cli) {
    this.cli = cli;
  }

  /** This process as Axon's token store names a claim's owner. */
  public static String thisNode() {
    return ManagementFactory.getRuntimeMXBean().getName();
  }

  /**
   * Eight hex digits of the SHA-256 of the schema a JDBC URL names ({@code currentSchema}, else the
   * given default): short, as PostgreSQL keeps 63 bytes of a session's name, and the same for every
   * node configured with the same URL.
   */
  static String ledgerTag(String jdbcUrl, String fallbackSchema) {
    Matcher m = CURRENT_SCHEMA.matcher(jdbcUrl);
    String schema = m.find() ? m.group(1) : fallbackSchema == null ? "" : fallbackSchema;
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(schema.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** The session name of a node of the ledger this URL reaches. */
  static String sessionName(boolean cli, String jdbcUrl, String fallbackSchema) {
    return (cli ? "ledger-cli " : NODE_PREFIX)
        + ledgerTag(jdbcUrl, fallbackSchema)
        + " "
        + thisNode();
  }

  @Override
  public Object postProcessBeforeInitialization(Object bean, String beanName) {
    if (bean instanceof HikariDataSource hikari
        && hikari.getJdbcUrl() != null
        && hikari.getJdbcUrl().startsWith("jdbc:postgresql:")) {
      hikari.addDataSourceProperty(
          "ApplicationName", sessionName(cli, hikari.getJdbcUrl(), hikari.getSchema()));
    }
    return bean;
  }
}
