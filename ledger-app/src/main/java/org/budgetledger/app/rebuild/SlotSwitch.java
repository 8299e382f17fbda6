package org.budgetledger.app.rebuild;

import java.sql.Timestamp;
import java.time.Clock;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.budgetledger.app.audit.trail.TreeHeadWriter;
import org.budgetledger.app.readmodel.ReadModelMonitor;
import org.budgetledger.projections.slot.ReadModelSlot;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Makes a caught-up slot live, in one transaction: appends are held (the ledger-wide append lock),
 * the last events appended since the catch-up go into the slot, the version row names it, and every
 * segment of both processors is given the token of the last event in it, its claim taken from
 * whichever node held it. Readers see the old slot until the commit and the new one after, whole; a
 * processor batch that began on the old slot cannot store its token after the switch (its claim is
 * gone), so it rolls back, and its node claims the segment again from the new token. The appends
 * wait only for the few events since the catch-up. A read model whose segment count differs from
 * the configured one ({@code LEDGER_PROCESSOR_SEGMENTS}, read by Axon only when a database is first
 * started) is given that count here, every new segment at the switch's token: a cluster changes its
 * count by a rebuild, without downtime.
 */
@Component
class SlotSwitch {
  private final TransactionManager transactions;
  private final JdbcTemplate jdbc;
  private final TokenStore tokens;
  private final CatchUp catchUp;
  private final Clock clock;
  private final Environment environment;

  SlotSwitch(
      TransactionManager transactions,
      JdbcTemplate jdbc,
      TokenStore tokens,
      CatchUp catchUp,
      Clock clock,
      Environment environment) {
    this.transactions = transactions;
    this.jdbc = jdbc;
    this.tokens = tokens;
    this.catchUp = catchUp;
    this.clock = clock;
    this.environment = environment;
  }

  /** Switches from {@code live} to {@code target}, caught up to {@code token}; its last token. */
  TrackingToken switchTo(
      ReadModelSlot live, ReadModelSlot target, TrackingToken token, RebuildTracker tracker) {
    return transactions.fetchInTransaction(
        () -> {
          jdbc.execute(
              (ConnectionCallback<Void>)
                  c -> {
                    TreeHeadWriter.lockAppends(c);
                    return null;
                  });
          TrackingToken last = catchUp.from(token, target, tracker).token();
          int switched =
              jdbc.update(
                  "UPDATE read_model_version SET live_slot = ?, version = version + 1,"
                      + " switched_at = ?, building_version = NULL, building_node = NULL,"
                      + " building_since = NULL WHERE id = 1 AND live_slot = ?",
                  target.key(),
                  Timestamp.from(clock.instant()),
                  live.key());
          if (switched != 1) {
            throw new IllegalStateException(
                "the live read models changed during this rebuild (no longer the "
                    + live.key()
                    + " slot): nothing was switched");
          }
          ReadModelMonitor.PROCESSORS.forEach(name -> moveTo(name, last));
          return last;
        });
  }

  /**
   * Stores {@code token} for every segment of the processor as the processor itself would: claimed
   * first (the token store refuses a store without the claim), released after, so the processors
   * claim them again. Claims held by running nodes are cleared first, in this transaction. The
   * token is the storage engine's own (gap-aware), the only kind this engine reads from.
   */
  private void moveTo(String name, TrackingToken token) {
    jdbc.update("UPDATE token_entry SET owner = NULL WHERE processor_name = ?", name);
    int[] segments = tokens.fetchSegments(name);
    Integer configured =
        environment.getProperty(
            "axon.eventhandling.processors." + name + ".initial-segment-count", Integer.class);
    int wanted = configured == null || configured < 1 ? Math.max(1, segments.length) : configured;
    if (segments.length != wanted) {
      // Every segment starts at the same token, so none is behind another: the rows go, in this
      // transaction, and the nodes whose claims they held claim the new segments after the switch.
      jdbc.update("DELETE FROM token_entry WHERE processor_name = ?", name);
      tokens.initializeTokenSegments(name, wanted, token);
      return;
    }
    for (int segment : segments) {
      tokens.fetchToken(name, segment);
      tokens.storeToken(token, name, segment);
      tokens.releaseClaim(name, segment);
    }
  }
}
