package org.budgetledger.app.store;

import java.util.List;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

/**
 * Axon's embedded event store, which can also be told that another node has appended events. Its
 * producer thread reads the store for the processors and, when it has caught up, sleeps until this
 * process commits or its fetch delay passes; another node's commit would wait out the delay.
 */
public class NotifiedEventStore extends EmbeddedEventStore {

  NotifiedEventStore(Builder builder) {
    super(builder);
  }

  /** Events were appended elsewhere: fetch them now, as after a commit of this process. */
  public void appendedElsewhere() {
    afterCommit(List.of());
  }
}
