package org.budgetledger.app.audit.trail;

import java.sql.DatabaseMetaData;
import java.time.Clock;
import java.time.Duration;
import org.axonframework.common.DateTimeUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The highest global index a checkpoint may sign: one below which no event can appear any more.
 *
 * <p>The database hands out global indexes when an event is inserted, not when it commits, so a
 * slow transaction may still commit index 10 after index 11 is visible. A checkpoint over "all
 * visible events" would then sign a prefix that later gains an event in its middle, and every
 * verification after would fail. Waiting for a contiguous prefix does not help either: a rolled
 * back append leaves a gap for ever.
 *
 * <p>On PostgreSQL every append holds a shared advisory lock until it commits ({@link
 * EventHashWriter}); taking it exclusively waits out the appends in flight, and any append that
 * starts after gets a higher index, so the maximum read then is exact. H2, the single-user
 * embedded default, has no such lock: there only events older than {@code
 * ledger.audit.checkpoint-settle} (default 10 s, by event time and the app's clock) are signed,
 * the same heuristic as Axon's gap timeout for its tracking processors.
 */
@Component
public class CommitHorizon {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;
  private final Clock clock;
  private final Duration settle;
  private final boolean postgres;

  public CommitHorizon(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock,
      @Value("${ledger.audit.checkpoint-settle:10s}") Duration settle) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
    this.settle = settle;
    this.postgres = productName(jdbc).toLowerCase().contains("postgres");
  }

  /** The global index up to which the log is final; 0 for an empty log. */
  public long settledGlobalIndex() {
    if (postgres) {
      return ownTransaction.execute(status -> {
        jdbc.query("SELECT pg_advisory_xact_lock(?)", rs -> null, EventHashWriter.APPEND_LOCK);
        return jdbc.queryForObject("SELECT COALESCE(MAX(global_index), 0) FROM domain_event_entry",
            Long.class);
      });
    }
    // Axon's fixed-width UTC timestamps compare as text in time order.
    String cutoff = DateTimeUtils.formatInstant(clock.instant().minus(settle));
    return jdbc.queryForObject("SELECT COALESCE(MAX(global_index), 0) FROM domain_event_entry"
        + " WHERE time_stamp <= ?", Long.class, cutoff);
  }

  private static String productName(JdbcTemplate jdbc) {
    try {
      return JdbcUtils.extractDatabaseMetaData(jdbc.getDataSource(),
          DatabaseMetaData::getDatabaseProductName);
    } catch (Exception e) {
      throw new IllegalStateException("cannot tell which database the ledger runs on", e);
    }
  }
}
