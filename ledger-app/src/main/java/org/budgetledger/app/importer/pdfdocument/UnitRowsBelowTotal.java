package org.budgetledger.app.importer.pdfdocument;

import java.util.ArrayList;
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
    Map<List<PublishedCell>, String> units = UnitBlocks.unitOfRows(printed, department);
    String own = units.get(total);
    List<UnitRow> rows = new ArrayList<>();
    for (List<PublishedCell> row : withFigures) {
      if (row == total) {
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
}
