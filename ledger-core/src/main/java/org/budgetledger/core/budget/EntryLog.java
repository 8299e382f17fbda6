package org.budgetledger.core.budget;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.budgetledger.core.budget.api.EntryRecordedEvent;
import org.budgetledger.core.model.EntryId;

/** The entries a budget has recorded: for reversals, duplicate ids and repeated client requests. */
@JsonAutoDetect(
    fieldVisibility = Visibility.ANY,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE)
final class EntryLog {
  private Map<String, EntryRecordedEvent> entries = new HashMap<>();
  private Set<String> reversed = new HashSet<>();
  private Map<String, String> entryByRequest = new HashMap<>();
  private Map<String, String> entryByDocument = new HashMap<>();
  private String initialBudgetEntry;

  void record(EntryRecordedEvent event) {
    entries.put(event.entryId().value(), event);
    if (event.requestId() != null) {
      entryByRequest.putIfAbsent(event.requestId(), event.entryId().value());
    }
    if (event.reversedEntryId() != null) {
      reversed.add(event.reversedEntryId().value());
      if (event.reversedEntryId().value().equals(initialBudgetEntry)) {
        initialBudgetEntry = null;
      }
    }
    if (event.type() == org.budgetledger.core.model.EntryType.INITIAL_BUDGET) {
      initialBudgetEntry = event.entryId().value();
    }
  }

  void recordDocument(String contentHash, EntryId entryId) {
    entryByDocument.put(contentHash, entryId.value());
  }

  EntryRecordedEvent find(EntryId id) {
    return entries.get(id.value());
  }

  boolean contains(EntryId id) {
    return entries.containsKey(id.value());
  }

  boolean isReversed(EntryId id) {
    return reversed.contains(id.value());
  }

  EntryId forRequest(String requestId) {
    String id = requestId == null ? null : entryByRequest.get(requestId);
    return id == null ? null : EntryId.of(id);
  }

  EntryId forDocument(String contentHash) {
    String id = entryByDocument.get(contentHash);
    return id == null ? null : EntryId.of(id);
  }

  boolean hasInitialBudget() {
    return initialBudgetEntry != null;
  }
}
