package org.budgetledger.app.importer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.budgetledger.app.importer.layout.LayoutProfiles;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.projections.tables.FamilyLayout;
import org.budgetledger.projections.tables.FamilyLayouts;
import org.springframework.stereotype.Component;

/**
 * A budget's family layout, read from the newest document imported for it whose canonical text
 * names a family ({@code 版式：}): each table the family publishes framed by its number, title,
 * decimals and headers as printed ({@link FamilyFrameLines}) and the profile's unit. Seeds and
 * Beijing texts name no family and keep the ledger's frame. A document imported before its cover
 * recorded numbers and headers takes them from the frame read again from its PDF, when there is one
 * ({@link ImportedDocuments#frames}).
 */
@Component
public class ImportedFamilyLayouts implements FamilyLayouts {
  private final ImportedDocuments documents;
  private final LayoutProfiles profiles = LayoutProfiles.builtIn();
  // a page builds its tables one by one: read the documents again only after an import here
  private final Map<BudgetId, Known> known = new ConcurrentHashMap<>();

  private record Known(long generation, Optional<FamilyLayout> layout) {}

  public ImportedFamilyLayouts(ImportedDocuments documents) {
    this.documents = documents;
  }

  @Override
  public Optional<FamilyLayout> of(BudgetId budgetId) {
    // read before the documents: an import committed meanwhile leaves the entry stale, not lost
    long generation = documents.generation(budgetId);
    Known cached = known.get(budgetId);
    if (cached != null && cached.generation() == generation) {
      return cached.layout();
    }
    Optional<FamilyLayout> layout = read(documents.of(budgetId), documents.frames(budgetId));
    known.put(budgetId, new Known(generation, layout));
    return layout;
  }

  /**
   * {@code frames}: a document's cover read again from its PDF, over the one it was stored with.
   */
  private Optional<FamilyLayout> read(List<ImportedDocument> imported, Map<String, String> frames) {
    for (int i = imported.size() - 1; i >= 0; i--) {
      ImportedDocument document = imported.get(i);
      String frame = frames.get(document.contentHash());
      String text =
          frame == null ? document.content() : DocumentCover.reframed(document.content(), frame);
      Optional<FamilyLayout> layout = FamilyFrameLines.read(text, profiles);
      if (layout.isPresent()) {
        return layout;
      }
    }
    return Optional.empty();
  }
}
