package org.budgetledger.app.importer;

import java.time.Instant;
import org.budgetledger.app.importer.document.DisclosureDocumentParser;
import org.budgetledger.app.importer.published.PublishedTables;
import org.budgetledger.projections.reconciliation.TableSet;

/** A published document as the import stored it (table {@code imported_document}). */
public record ImportedDocument(
    String contentHash, String fileName, String content, Instant importedAt) {

  /** The tables the document publishes, read as the importer reads them, errors included. */
  public TableSet publishedTables() {
    return PublishedTables.tableSet(new DisclosureDocumentParser().parse(fileName, content));
  }
}
