package org.budgetledger.app.importer.pdfdocument;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The unit rows of a one-row canonical table printed by unit (a 三公 table listing the department's
 * row and then each unit's): the rows, of the latest year where it prints several, other than the
 * department's, each naming its unit ({@code code-name}, {@link UnitBlocks#unitOfRows}). Only where
 * the department's row is the sum of the others, so that it is known which row is the department's:
 * a table of one row (a department of one unit), one labelled 合计 or all zero gives none.
 */
final class UnitRowsBelowTotal {
  /** Each unit row with the unit it names, in the order printed. */
  record UnitRow(String unit, List<PublishedCell> cells) {}

  private UnitRowsBelowTotal() {}

  static List<UnitRow> of(
      PublishedGrid printed, List<PublishedCell> total, String department, boolean labelled) {
    PublishedGrid latest = EarlierYearRows.latest(printed);
    List<List<PublishedCell>> withFigures =
        latest.rows().stream().filter(r -> r.stream().anyMatch(PublishedCell::isMoney)).toList();
    Optional<List<PublishedCell>> sum = UnitBlocks.sumOfTheOthers(latest, withFigures);
    if (!labelled && (sum.isEmpty() || sum.get() != total)) {
      return List.of();
    }
    // the unit's name sits on the block's first row (2025年), above the latest year's row
    Map<List<PublishedCell>, String> units =
        printed.measures().contains("unitCode")
            ? coded(printed)
            : UnitBlocks.unitOfRows(printed, department);
    String own = units.get(total);
    List<UnitRow> rows = new ArrayList<>();
    for (List<PublishedCell> row : withFigures) {
      if (row == total || BLOCK.equals(units.get(row))) {
        continue;
      }
      String unit = units.get(row);
      if (unit == null || unit.equals(own)) {
        return List.of();
      }
      rows.add(new UnitRow(unit, row));
    }
    return rows;
  }

  /** A coded row whose code heads other rows' codes: their block's own sum, not a unit. */
  private static final String BLOCK = "";

  /**
   * The unit of each row of a table printing its units' codes ({@code 153001-西安市公安局}); a row whose
   * code begins the others' (the department's 153 above its units 153001 …) repeats their sum.
   */
  private static Map<List<PublishedCell>, String> coded(PublishedGrid grid) {
    int code = grid.measures().indexOf("unitCode");
    int name = grid.measures().indexOf("unit");
    Map<List<PublishedCell>, String> units = new IdentityHashMap<>();
    if (name < 0) {
      return units;
    }
    List<String> codes = grid.rows().stream().map(r -> text(r, code)).toList();
    for (int i = 0; i < grid.rows().size(); i++) {
      String c = codes.get(i);
      String n = text(grid.rows().get(i), name);
      if (!c.matches("\\d+") || n.isEmpty()) {
        continue;
      }
      boolean heads = codes.stream().anyMatch(o -> o.length() > c.length() && o.startsWith(c));
      units.put(grid.rows().get(i), heads ? BLOCK : c + "-" + n);
    }
    return units;
  }

  private static String text(List<PublishedCell> row, int column) {
    return row.stream()
        .filter(c -> c.column() == column)
        .map(c -> c.text().replaceAll("\\s", ""))
        .findFirst()
        .orElse("");
  }
}
