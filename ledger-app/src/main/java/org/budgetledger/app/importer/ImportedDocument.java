package org.budgetledger.app.reconciliation;

import java.time.Instant;

/** A published document as the import stored it (table {@code imported_document}). */
record ImportedDocument(String contentHash, String fileName, String content, Instant importedAt) {}
