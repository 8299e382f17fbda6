package org.budgetledger.app.audit.trail;

import java.util.Iterator;
import org.budgetledger.app.audit.chain.HashedEvent;
import org.budgetledger.app.audit.merkle.MerkleFrontier;

/**
 * Passes events through to the verifier and adds each recorded hash to a Merkle frontier on the
 * way, so a checkpoint's root is computed in the same pass that verifies it. The root is used only
 * when the verification passed, and then every recorded hash equals the recomputed one.
 */
final class Leaves implements Iterator<HashedEvent> {

  private final Iterator<HashedEvent> events;
  private final MerkleFrontier frontier;

  Leaves(Iterator<HashedEvent> events, MerkleFrontier frontier) {
    this.events = events;
    this.frontier = frontier;
  }

  @Override
  public boolean hasNext() {
    return events.hasNext();
  }

  @Override
  public HashedEvent next() {
    HashedEvent event = events.next();
    if (event.storedHash() != null) {
      frontier.append(event.storedHash());
    }
    return event;
  }
}
