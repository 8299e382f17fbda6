package org.budgetledger.app.audit.trail;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.budgetledger.app.audit.checkpoint.Checkpoint;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tree heads signed with every write transaction ({@code audit_tree_head}, written by the event
 * store's {@code TreeHeadWriter}), read back from their signed file text like the checkpoints: what
 * is verified is exactly what was signed.
 */
@Component
public class TreeHeadStore {

  private final JdbcTemplate jdbc;
  private final TreeHeadWriter writer;
  private final DataSource dataSource;
  private final TransactionTemplate ownTransaction;

  public TreeHeadStore(
      JdbcTemplate jdbc,
      TreeHeadWriter writer,
      DataSource dataSource,
      PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.writer = writer;
    this.dataSource = dataSource;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** A first head over a log written before heads were signed per write (see the writer). */
  public void signIfAbsent() {
    ownTransaction.executeWithoutResult(
        status -> {
          Connection connection = DataSourceUtils.getConnection(dataSource);
          try {
            writer.signIfAbsent(connection);
          } catch (SQLException e) {
            throw new IllegalStateException("cannot sign a tree head over the stored log", e);
          } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
          }
        });
  }

  /** The head of the largest tree, which covers every committed event. */
  public Optional<Checkpoint> latest() {
    return jdbc
        .query(
            "SELECT file_text FROM audit_tree_head ORDER BY tree_size DESC"
                + " FETCH FIRST 1 ROWS ONLY",
            (rs, n) -> Checkpoint.parse(rs.getString(1)))
        .stream()
        .findFirst();
  }

  public Optional<Checkpoint> ofSize(long treeSize) {
    return jdbc
        .query(
            "SELECT file_text FROM audit_tree_head WHERE tree_size = ?",
            (rs, n) -> Checkpoint.parse(rs.getString(1)),
            treeSize)
        .stream()
        .findFirst();
  }

  /**
   * The heads of sizes in ({@code fromSize}, {@code toSize}], smallest first, to locate a mismatch:
   * one per write transaction in that stretch of the log.
   */
  public List<Checkpoint> between(long fromSize, long toSize) {
    return jdbc.query(
        "SELECT file_text FROM audit_tree_head WHERE tree_size > ? AND tree_size <= ?"
            + " ORDER BY tree_size",
        (rs, n) -> Checkpoint.parse(rs.getString(1)),
        fromSize,
        toSize);
  }
}
