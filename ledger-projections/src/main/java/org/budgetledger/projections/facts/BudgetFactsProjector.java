package org.budgetledger.projections.facts;

import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.budgetledger.core.budget.api.BudgetEvent;
import org.budgetledger.core.budget.api.EntryRecordedEvent;
import org.springframework.stereotype.Component;

/**
 * Keeps every non-money event of a budget (opened, units renamed, names, tags, performance targets,
 * narrative figures, imports, year closed) as a fact row, so a budget view can be assembled as of
 * any point in time.
 */
@Component
@ProcessingGroup(BudgetFactsProjector.PROCESSING_GROUP)
public class BudgetFactsProjector {
  public static final String PROCESSING_GROUP = "budget-facts";
  private final FactTable table;

  public BudgetFactsProjector(FactTable table) {
    this.table = table;
  }

  @EventHandler
  void on(
      BudgetEvent event,
      EventMessage<?> message,
      @Timestamp Instant recordedAt,
      TrackingToken token) {
    if (event instanceof EntryRecordedEvent) {
      return; // money is the entries projection's; this one keeps the facts around it
    }
    table.replace(
        message.getIdentifier(),
        token == null ? -1 : token.position().orElse(-1),
        event,
        recordedAt);
  }

  /**
   * Entries are the entries projection's. This more specific handler takes them without a payload
   * parameter, so a replay does not deserialize every entry a second time only to skip it.
   */
  @EventHandler(payloadType = EntryRecordedEvent.class)
  void skipEntry() {
    // nothing to keep: see on(BudgetEvent)
  }

  @ResetHandler
  void reset() {
    table.deleteAll();
  }
}
