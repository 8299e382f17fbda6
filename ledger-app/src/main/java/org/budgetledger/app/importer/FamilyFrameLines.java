package org.budgetledger.app.importer;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.budgetledger.app.importer.layout.LayoutProfile;
import org.budgetledger.app.importer.layout.LayoutProfiles;
import org.budgetledger.app.importer.layout.ProfileTable;
import org.budgetledger.app.importer.pdfdocument.CoverLines;
import org.budgetledger.core.model.MoneyUnit;
import org.budgetledger.projections.tables.FamilyLayout;
import org.budgetledger.projections.tables.TableKind;

/**
 * Reads a stored text's cover lines ({@link CoverLines}) into its family's frame: per table the
 * family publishes, its number, title, decimals and headers as the document prints them, else the
 * profile's number ({@code 表} + number), the table's ledger name, the profile's decimals (a
 * document imported before the number, decimals and headers were recorded has its title alone: its
 * decimals are read again from its figures, {@link StoredTableDecimals}; its printed numbers and
 * headers are not in the stored text, so it keeps the profile's and the ledger's). A text file may
 * carry any cover line: a field that is not what it should be frames nothing.
 */
final class FamilyFrameLines {
  private final Map<TableKind, String> titles = new EnumMap<>(TableKind.class);
  private final Map<TableKind, String> labels = new EnumMap<>(TableKind.class);
  private final Map<TableKind, Integer> decimals = new EnumMap<>(TableKind.class);
  private final Map<TableKind, Map<String, String>> headers = new EnumMap<>(TableKind.class);
  // tables whose cover line has the title alone: imported before the decimals were recorded
  private final Set<TableKind> titleOnly = EnumSet.noneOf(TableKind.class);
  private String family;

  private FamilyFrameLines() {}

  static Optional<FamilyLayout> read(String text, LayoutProfiles profiles) {
    FamilyFrameLines lines = new FamilyFrameLines();
    for (String line : text.split("\\R")) {
      lines.add(line);
    }
    if (lines.family == null) {
      return Optional.empty();
    }
    if (!lines.titleOnly.isEmpty()) {
      Map<TableKind, Integer> stored = StoredTableDecimals.read(text);
      lines.titleOnly.forEach(
          kind -> {
            if (stored.containsKey(kind)) {
              lines.decimals.put(kind, stored.get(kind));
            }
          });
    }
    return profiles.family(lines.family).map(lines::layout);
  }

  private void add(String line) {
    if (line.startsWith(CoverLines.FAMILY)) {
      family = line.substring(CoverLines.FAMILY.length()).strip();
    } else if (line.startsWith(CoverLines.TITLE)) {
      String[] parts = line.substring(CoverLines.TITLE.length()).split("\t", -1);
      if (parts.length >= 2 && knownKind(parts[0]) && !parts[1].isBlank()) {
        table(TableKind.valueOf(parts[0]), parts);
      }
    }
  }

  /** KIND, title, then (documents imported since) number, decimals and measure=header fields. */
  private void table(TableKind kind, String[] parts) {
    titles.put(kind, parts[1]);
    if (parts.length == 2) {
      titleOnly.add(kind);
    }
    if (parts.length > 2 && !parts[2].isBlank()) {
      labels.put(kind, parts[2]);
    }
    if (parts.length > 3 && parts[3].matches("\\d")) {
      decimals.put(kind, Integer.parseInt(parts[3]));
    }
    for (int i = 4; i < parts.length; i++) {
      int is = parts[i].indexOf(CoverLines.IS);
      if (is > 0 && is < parts[i].length() - 1) {
        headers
            .computeIfAbsent(kind, k -> new HashMap<>())
            .put(parts[i].substring(0, is), parts[i].substring(is + 1));
      }
    }
  }

  private FamilyLayout layout(LayoutProfile profile) {
    Map<TableKind, FamilyLayout.Frame> frames = new LinkedHashMap<>(); // in the family's order
    for (ProfileTable table : profile.tables()) {
      TableKind kind = table.kind();
      if (kind == null || frames.containsKey(kind)) {
        continue;
      }
      String number =
          labels.getOrDefault(kind, table.number() == null ? kind.chinese() : "表" + table.number());
      frames.put(
          kind,
          new FamilyLayout.Frame(
              number,
              table.number(),
              titles.getOrDefault(kind, kind.chinese()),
              table.unitIn(profile) == MoneyUnit.YUAN,
              decimals.getOrDefault(kind, table.decimalsIn(profile)),
              headers.getOrDefault(kind, Map.of())));
    }
    // a table read from another's columns (预算21表 from Xi'an's 表6) has a cover line but no profile
    // entry: it is framed as the table it is printed in (the one of the same title)
    titles.forEach(
        (kind, title) -> {
          if (!frames.containsKey(kind)) {
            frames.values().stream()
                .filter(f -> f.title().equals(title))
                .findFirst()
                .ifPresent(
                    printedIn ->
                        frames.put(
                            kind,
                            new FamilyLayout.Frame(
                                printedIn.number(),
                                printedIn.numeral(),
                                title,
                                printedIn.inYuan(),
                                decimals.getOrDefault(kind, printedIn.decimals()),
                                headers.getOrDefault(kind, Map.of()))));
          }
        });
    // a table of some families only that the text wrote from another printed table (支出总表 by unit,
    // from the 支出总表 a family prints by unit): framed where its cover line names it
    for (TableKind kind : titles.keySet()) {
      if (kind.familyOnly() && !frames.containsKey(kind)) {
        frames.put(
            kind,
            new FamilyLayout.Frame(
                labels.getOrDefault(kind, kind.chinese()),
                null,
                titles.get(kind),
                profile.unit() == MoneyUnit.YUAN,
                decimals.getOrDefault(kind, profile.decimals()),
                headers.getOrDefault(kind, Map.of())));
      }
    }
    return new FamilyLayout(profile.family(), frames);
  }

  private static boolean knownKind(String name) {
    return Arrays.stream(TableKind.values()).anyMatch(k -> k.name().equals(name));
  }
}
