package org.budgetledger.app.importer.pdfdocument;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The row a table printed unit by unit gives each unit above its function rows (Shenzhen's
 * 一般公共预算支出表: the unit's name under 预算单位, no 科目编码, the unit's figures): the sum of that unit's rows,
 * which the canonical table writes as the unit's subtotal so that it is compared with the unit's
 * rebuilt rows. The rule is the table's shape, not a document: a row that names a unit, prints no
 * code and carries figures, other than the table's 合计 (the department's own row) and any coded row.
 * A unit named on two such rows (its row repeated after a page break) has no row taken: which one
 * holds its figures is not known.
 */
final class UnitTotalRows {
  private UnitTotalRows() {}

  /** Each unit's row ({@code code-name} as {@link UnitBlocks#unitOfRows} names it). */
  static Map<String, List<PublishedCell>> of(
      PublishedGrid grid, Map<List<PublishedCell>, String> units, List<CodedRow> coded) {
    int unitColumn = grid.measures().indexOf("unit");
    if (units.isEmpty() || unitColumn < 0) {
      return Map.of();
    }
    Set<List<PublishedCell>> taken = Collections.newSetFromMap(new IdentityHashMap<>());
    coded.forEach(r -> taken.add(r.cells()));
    Map<String, List<PublishedCell>> rows = new HashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (List<PublishedCell> row : grid.rows()) {
      if (taken.contains(row)
          || !units.containsKey(row)
          || row.stream().noneMatch(PublishedCell::isMoney)
          || !namesUnit(row, unitColumn)) {
        continue;
      }
      String unit = units.get(row);
      rows.put(unit, row);
      seen.merge(unit, 1, Integer::sum);
    }
    seen.forEach(
        (unit, count) -> {
          if (count > 1) {
            rows.remove(unit);
          }
        });
    return rows;
  }

  private static boolean namesUnit(List<PublishedCell> row, int unitColumn) {
    return row.stream()
        .anyMatch(c -> c.column() == unitColumn && !c.text().replaceAll("\\s", "").isEmpty());
  }
}
