package org.budgetledger.app.rebuild;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every node's processors follow a switch of the live read models without a manual step: this reads
 * the version row every {@code ledger.read-model.follow-interval} (default half a second) and, when
 * it changed, restarts the node's processors, which claim their segments again from the tokens the
 * switch stored and write into the new slot. Without it they would find out at their next token
 * write, which fails (the switch took their claims), and claim again later on their own.
 */
@Component
class SlotFollower {
  private static final Logger LOG = LoggerFactory.getLogger(SlotFollower.class);
  private final ReadModelVersions versions;
  private final LocalProcessors processors;
  private int seen = -1;

  SlotFollower(ReadModelVersions versions, LocalProcessors processors) {
    this.versions = versions;
    this.processors = processors;
  }

  @Scheduled(
      fixedDelayString = "${ledger.read-model.follow-interval:PT0.5S}",
      initialDelayString = "${ledger.read-model.follow-interval:PT0.5S}")
  void poll() {
    try {
      follow();
    } catch (RuntimeException e) {
      // A database that cannot be reached now is read again at the next poll.
      LOG.debug("could not read the read models' version", e);
    }
  }

  /** After this node's own switch to {@code version}: its processors go on from the new tokens. */
  synchronized void switched(int version) {
    processors.restartRunning();
    seen = version;
  }

  /** Restarts this node's processors if the live version changed since last seen. */
  synchronized void follow() {
    ReadModelVersion current = versions.current();
    if (seen != -1 && current.version() != seen) {
      LOG.info(
          "read models switched to version {} ({} slot): restarting this node's processors",
          current.version(),
          current.live().key());
      processors.restartRunning();
    }
    seen = current.version();
  }
}
