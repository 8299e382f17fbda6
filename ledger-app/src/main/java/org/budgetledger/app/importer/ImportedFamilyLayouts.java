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
 * Beijing texts name no family and keep the ledger's frame.
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
    Optional<FamilyLayout> layout = read(documents.of(budgetId));
    known.put(budgetId, new Known(generation, layout));
    return layout;
  }

  private Optional<FamilyLayout> read(List<ImportedDocument> imported) {
    for (int i = imported.size() - 1; i >= 0; i--) {
      Optional<FamilyLayout> layout = FamilyFrameLines.read(imported.get(i).content(), profiles);
      if (layout.isPresent()) {
        return layout;
      }
    }
    return Optional.empty();
  }
}
