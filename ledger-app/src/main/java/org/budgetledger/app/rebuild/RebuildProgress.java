package org.budgetledger.app.rebuild;

/**
 * How far this node's rebuild has come, for a metric: the events written into the new slot so far
 * against the events the store held when the rebuild started (the catch-up adds the ones appended
 * since). Both zero when this node has not run one.
 */
public interface RebuildProgress {
  boolean running();

  long eventsDone();

  long eventsTotal();
}
