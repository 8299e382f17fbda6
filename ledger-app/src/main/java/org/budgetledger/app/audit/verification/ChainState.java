package org.budgetledger.app.audit.verification;

import org.budgetledger.app.audit.chain.EventHasher;

/** Where one aggregate's chain stands during a scan: its next sequence number and last hash. */
final class ChainState {

  long nextSequence;
  byte[] lastHash = EventHasher.genesis();
}
