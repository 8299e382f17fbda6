package org.budgetledger.app.audit.trail;

import java.sql.SQLException;
import org.budgetledger.app.cluster.ClusterLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Signs a checkpoint every {@code ledger.audit.checkpoint-interval} (default 10 minutes) when the
 * log has grown. Only in the server: off for command line runs, and with {@code
 * ledger.audit.periodic-checkpoints=false} (the tests, which checkpoint when they choose). With
 * several nodes on one database, one node signs at a time ({@link ClusterLock}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnExpression("${ledger.audit.periodic-checkpoints:true} and !${ledger.cli:false}")
public class PeriodicCheckpoints {

  private static final Logger LOG = LoggerFactory.getLogger(PeriodicCheckpoints.class);

  /** The advisory lock of the checkpoint signer: "ckpt" in ASCII, apart from the append lock. */
  static final long SIGNER_LOCK = 0x636B7074L;

  private final AuditTrail trail;
  private final ClusterLock cluster;

  public PeriodicCheckpoints(AuditTrail trail, ClusterLock cluster) {
    this.trail = trail;
    this.cluster = cluster;
  }

  @Scheduled(
      fixedDelayString = "${ledger.audit.checkpoint-interval:PT10M}",
      initialDelayString = "${ledger.audit.checkpoint-interval:PT10M}")
  public void checkpoint() {
    try {
      // Every node's schedule fires; one signs, and the others skip the round (and would find
      // nothing grown right after it).
      if (!cluster.runAlone(SIGNER_LOCK, this::checkpointIfGrown)) {
        LOG.debug("audit checkpoint: another node is signing");
      }
    } catch (SQLException e) {
      LOG.warn("audit checkpoint skipped, the database could not be reached: {}", e.getMessage());
    }
  }

  private void checkpointIfGrown() {
    try {
      trail
          .checkpointIfGrown()
          .ifPresent(
              c -> LOG.info("audit checkpoint: tree size {}, root {}", c.treeSize(), c.rootHash()));
    } catch (AuditFailedException e) {
      // Loud, and not retried into a signature: a tampered log must be looked at by a person.
      LOG.error("audit checkpoint refused: {}", e.getMessage());
    }
  }
}
