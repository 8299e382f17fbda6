package org.budgetledger.projections.entries;

import java.util.List;

/** One page of a journal: its entries, and how many entries the filter selects in all. */
public record JournalPage(List<JournalEntry> entries, long total) {
  public JournalPage {
    entries = List.copyOf(entries);
  }
}
