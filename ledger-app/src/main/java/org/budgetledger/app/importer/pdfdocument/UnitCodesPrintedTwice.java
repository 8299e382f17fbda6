package org.budgetledger.app.importer.pdfdocument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A table listing units by code and name (单位编码, 单位名称) may print one code for two units (西安市公安局
 * 2026, p.23: 153002 for both 交通管理支队 and 交通警察支队). A code is then no key of a unit: the units are
 * told apart by their names, and the import report names the code as a finding of the document,
 * never merging the units' figures.
 */
final class UnitCodesPrintedTwice {
  private UnitCodesPrintedTwice() {}

  /** One remark per code printed for several unit names in a table: {@code 第 23 页 …}. */
  static List<String> in(List<PublishedGrid> grids) {
    List<String> remarks = new ArrayList<>();
    for (PublishedGrid grid : grids) {
      if (!grid.measures().contains("unitCode") || !grid.measures().contains("unit")) {
        continue;
      }
      Map<String, Set<String>> names = new LinkedHashMap<>();
      Map<String, Integer> pages = new LinkedHashMap<>();
      for (List<PublishedCell> row : grid.rows()) {
        Optional<String> code = text(grid, row, "unitCode");
        Optional<String> name = text(grid, row, "unit");
        if (code.isPresent() && name.isPresent()) {
          names.computeIfAbsent(code.get(), c -> new LinkedHashSet<>()).add(name.get());
          pages.putIfAbsent(code.get(), row.get(0).page());
        }
      }
      names.forEach(
          (code, printed) -> {
            if (printed.size() > 1) {
              remarks.add(
                  "第 "
                      + pages.get(code)
                      + " 页“"
                      + grid.title().strip()
                      + "”：单位编码 "
                      + code
                      + " 印了 "
                      + printed.size()
                      + " 个单位（"
                      + String.join("、", printed)
                      + "）；编码不唯一，单位按名称区分，不据编码合并");
            }
          });
    }
    return remarks;
  }

  private static Optional<String> text(
      PublishedGrid grid, List<PublishedCell> row, String measure) {
    return grid.cell(row, measure)
        .map(c -> c.text().replaceAll("\\s", ""))
        .filter(t -> !t.isEmpty());
  }
}
