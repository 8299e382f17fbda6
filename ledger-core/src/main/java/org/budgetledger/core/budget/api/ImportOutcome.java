package org.budgetledger.core.budget.api;

import org.budgetledger.core.model.EntryId;

/** What an import did: recorded the entry, or found the same document already imported. */
public record ImportOutcome(boolean alreadyImported, EntryId entryId) {}
