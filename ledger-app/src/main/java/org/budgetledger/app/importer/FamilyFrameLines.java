package org.budgetledger.app.importer;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.budgetledger.app.importer.layout.AmountUnit;
import org.budgetledger.app.importer.layout.LayoutProfile;
import org.budgetledger.app.importer.layout.LayoutProfiles;
import org.budgetledger.app.importer.layout.ProfileTable;
import org.budgetledger.app.importer.pdfdocument.CoverLines;
import org.budgetledger.projections.tables.FamilyLayout;
import org.budgetledger.projections.tables.TableKind;

/**
 * Reads a stored text's cover lines ({@link CoverLines}) into its family's frame: per table the
 * family publishes, its number, title, decimals and headers as the document prints them, else the
 * profile's number ({@code 表} + number), the table's ledger name, the profile's decimals. A text
 * file may carry any cover line: one naming no known table or no number frames nothing.
 */
final class FamilyFrameLines {
  private final Map<TableKind, String> titles = new EnumMap<>(TableKind.class);
  private final Map<TableKind, String> labels = new EnumMap<>(TableKind.class);
  private final Map<TableKind, Integer> decimals = new EnumMap<>(TableKind.class);
  private final Map<TableKind, Map<String, String>> headers = new EnumMap<>(TableKind.class);
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
    return profiles.family(lines.family).map(lines::layout);
  }

  private void add(String line) {
    if (line.startsWith(CoverLines.FAMILY)) {
      family = line.substring(CoverLines.FAMILY.length()).strip();
      return;
    }
    for (String prefix :
        new String[] {CoverLines.TITLE, CoverLines.LABEL, CoverLines.DECIMALS, CoverLines.HEADER}) {
      if (line.startsWith(prefix)) {
        String[] parts = line.substring(prefix.length()).split("\t");
        if (parts.length >= 2 && knownKind(parts[0]) && !parts[1].isBlank()) {
          add(prefix, TableKind.valueOf(parts[0]), parts);
        }
        return;
      }
    }
  }

  private void add(String prefix, TableKind kind, String[] parts) {
    switch (prefix) {
      case CoverLines.TITLE -> titles.put(kind, parts[1]);
      case CoverLines.LABEL -> labels.put(kind, parts[1]);
      case CoverLines.DECIMALS -> {
        if (parts[1].matches("\\d")) {
          decimals.put(kind, Integer.parseInt(parts[1]));
        }
      }
      default -> {
        if (parts.length == 3 && !parts[2].isBlank()) {
          headers.computeIfAbsent(kind, k -> new HashMap<>()).put(parts[1], parts[2]);
        }
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
              table.unitIn(profile) == AmountUnit.YUAN,
              decimals.getOrDefault(kind, table.decimalsIn(profile)),
              headers.getOrDefault(kind, Map.of())));
    }
    return new FamilyLayout(profile.family(), frames);
  }

  private static boolean knownKind(String name) {
    return Arrays.stream(TableKind.values()).anyMatch(k -> k.name().equals(name));
  }
}
