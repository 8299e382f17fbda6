package org.budgetledger.app.rebuild;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.budgetledger.core.budget.api.BudgetEvent;
import org.budgetledger.core.budget.api.EntryRecordedEvent;
import org.budgetledger.projections.entries.LegRow;
import org.budgetledger.projections.entries.LegRows;
import org.budgetledger.projections.facts.FactRow;
import org.budgetledger.projections.facts.FactTable;

/**
 * The rows of a page of events, built by the projectors' own row builders ({@link LegRows}, {@link
 * FactTable#row}) and routed as their handlers route them: entries to the legs, every other budget
 * event to the facts, anything else (an unknown type included) nowhere. The payload type is tested
 * first, so only events that are kept get deserialized.
 */
record ReplayRows(List<LegRow> legs, List<FactRow> facts) {

  static ReplayRows of(List<? extends TrackedEventMessage<?>> page, FactTable factTable) {
    ReplayRows rows = new ReplayRows(new ArrayList<>(page.size() * 4), new ArrayList<>());
    for (TrackedEventMessage<?> message : page) {
      rows.add(message, factTable);
    }
    return rows;
  }

  private void add(TrackedEventMessage<?> message, FactTable factTable) {
    Class<?> type = message.getPayloadType();
    long globalIndex = message.trackingToken().position().orElse(-1);
    if (EntryRecordedEvent.class.isAssignableFrom(type)) {
      legs.addAll(
          LegRows.of(
              (EntryRecordedEvent) message.getPayload(),
              message.getIdentifier(),
              globalIndex,
              message.getTimestamp()));
    } else if (BudgetEvent.class.isAssignableFrom(type)) {
      facts.add(
          factTable.row(
              message.getIdentifier(),
              globalIndex,
              (BudgetEvent) message.getPayload(),
              message.getTimestamp()));
    }
  }
}
