package org.budgetledger.app.importer;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.budgetledger.app.importer.layout.AmountUnit;
import org.budgetledger.app.importer.layout.LayoutProfile;
import org.budgetledger.app.importer.layout.LayoutProfiles;
import org.budgetledger.app.importer.layout.ProfileTable;
import org.budgetledger.app.importer.pdfdocument.CoverLines;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.projections.tables.FamilyLayout;
import org.budgetledger.projections.tables.FamilyLayouts;
import org.budgetledger.projections.tables.TableKind;
import org.springframework.stereotype.Component;

/**
 * A budget's family layout, read from the newest document imported for it whose canonical text
 * names a family ({@code 版式：}): each table the family publishes framed by the profile's number,
 * unit and decimals and by its title as printed ({@code 表题：}), the profile's title pattern being no
 * title. Seeds and Beijing texts name no family and keep the ledger's frame.
 */
@Component
public class ImportedFamilyLayouts implements FamilyLayouts {
  private final ImportedDocuments documents;
  private final LayoutProfiles profiles = LayoutProfiles.builtIn();
  // a page builds its 13 tables one by one: read the documents' text again only after an import
  private final Map<BudgetId, Known> known = new ConcurrentHashMap<>();

  private record Known(List<String> hashes, Optional<FamilyLayout> layout) {}

  public ImportedFamilyLayouts(ImportedDocuments documents) {
    this.documents = documents;
  }

  @Override
  public Optional<FamilyLayout> of(BudgetId budgetId) {
    List<String> hashes = documents.hashes(budgetId);
    Known cached = known.get(budgetId);
    if (cached != null && cached.hashes().equals(hashes)) {
      return cached.layout();
    }
    Optional<FamilyLayout> layout = read(documents.of(budgetId));
    known.put(budgetId, new Known(hashes, layout));
    return layout;
  }

  private Optional<FamilyLayout> read(List<ImportedDocument> imported) {
    for (int i = imported.size() - 1; i >= 0; i--) {
      Optional<FamilyLayout> layout = read(imported.get(i).content());
      if (layout.isPresent()) {
        return layout;
      }
    }
    return Optional.empty();
  }

  private Optional<FamilyLayout> read(String text) {
    String family = null;
    Map<TableKind, String> titles = new HashMap<>();
    for (String line : text.split("\\R")) {
      if (line.startsWith(CoverLines.FAMILY)) {
        family = line.substring(CoverLines.FAMILY.length()).strip();
      } else if (line.startsWith(CoverLines.TITLE)) {
        String[] parts = line.substring(CoverLines.TITLE.length()).split("\t", 2);
        // a text file may carry any cover line: a kind the ledger does not know frames nothing
        if (parts.length == 2 && knownKind(parts[0])) {
          titles.put(TableKind.valueOf(parts[0]), parts[1]);
        }
      }
    }
    if (family == null) {
      return Optional.empty();
    }
    return profiles.family(family).map(profile -> layout(profile, titles));
  }

  private static FamilyLayout layout(LayoutProfile profile, Map<TableKind, String> titles) {
    Map<TableKind, FamilyLayout.Frame> frames = new LinkedHashMap<>(); // in the family's order
    for (ProfileTable table : profile.tables()) {
      if (table.kind() == null || frames.containsKey(table.kind())) {
        continue;
      }
      String number = table.number() == null ? table.kind().chinese() : "表" + table.number();
      frames.put(
          table.kind(),
          new FamilyLayout.Frame(
              number,
              titles.getOrDefault(table.kind(), table.kind().chinese()),
              table.unitIn(profile) == AmountUnit.YUAN,
              table.decimalsIn(profile)));
    }
    return new FamilyLayout(profile.family(), frames);
  }

  private static boolean knownKind(String name) {
    return Arrays.stream(TableKind.values()).anyMatch(k -> k.name().equals(name));
  }
}
