package org.budgetledger.app.audit.trail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Signs a checkpoint every {@code ledger.audit.checkpoint-interval} (default 10 minutes) when the
 * log has grown. Only in the server: off for command line runs, and with {@code
 * ledger.audit.periodic-checkpoints=false} (the tests, which checkpoint when they choose).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnExpression("${ledger.audit.periodic-checkpoints:true} and !${ledger.cli:false}")
public class PeriodicCheckpoints {

  private static final Logger LOG = LoggerFactory.getLogger(PeriodicCheckpoints.class);
  private final AuditTrail trail;

  public PeriodicCheckpoints(AuditTrail trail) {
    this.trail = trail;
  }

  @Scheduled(
      fixedDelayString = "${ledger.audit.checkpoint-interval:PT10M}",
      initialDelayString = "${ledger.audit.checkpoint-interval:PT10M}")
  public void checkpoint() {
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
