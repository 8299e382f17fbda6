package org.budgetledger.projections.entries;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.budgetledger.core.budget.api.EntryRecordedEvent;
import org.springframework.stereotype.Component;

/**
 * Projects every journal entry into one row per leg. Idempotent (an event's rows are replaced), and
 * resettable: a replay from the start of the event store rebuilds the same rows.
 */
@Component
@ProcessingGroup(LedgerEntriesProjector.PROCESSING_GROUP)
public class LedgerEntriesProjector {
  public static final String PROCESSING_GROUP = "ledger-entries";
  private static final String PENDING = LedgerEntriesProjector.class.getName() + ".pending";
  private final LegTable table;

  public LedgerEntriesProjector(LegTable table) {
    this.table = table;
  }

  @EventHandler
  void on(
      EntryRecordedEvent e,
      EventMessage<?> message,
      @Timestamp Instant recordedAt,
      TrackingToken token) {
    long globalIndex = token == null ? -1 : token.position().orElse(-1);
    List<LegRow> rows = LegRows.of(e, message.getIdentifier(), globalIndex, recordedAt);
    if (CurrentUnitOfWork.isStarted()) {
      pending(CurrentUnitOfWork.get().root()).put(message.getIdentifier(), rows);
    } else {
      table.replace(message.getIdentifier(), rows);
    }
  }

  /**
   * The rows of the events of the current processing batch, written once when its unit of work
   * commits, in its transaction and with its token: a batch of 500 events costs a few statements
   * instead of a thousand.
   */
  private Map<String, List<LegRow>> pending(UnitOfWork<?> root) {
    return root.getOrComputeResource(
        PENDING,
        key -> {
          Map<String, List<LegRow>> rows = new LinkedHashMap<>();
          root.onPrepareCommit(u -> table.replaceAll(rows));
          return rows;
        });
  }

  @ResetHandler
  void reset() {
    table.deleteAll();
  }
}
