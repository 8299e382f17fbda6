package org.budgetledger.app.importer.document;

import java.util.ArrayList;
import java.util.List;
import org.budgetledger.app.importer.problem.ProblemKind;

/**
 * Reads an activity row by content: activity, indicator text, 性质, then value and unit if printed.
 * The indicator text is split at the fixed words: a 一级指标, then the shortest run ending in 指标 (the
 * 二级指标), the rest being the 三级指标.
 */
final class ActivityParser {
  private ActivityParser() {}

  static ActivityRow parse(
      SourceLine row, List<String> cells, SourceLine header, CellReader reader) {
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      if (!cells.get(i).isBlank()) {
        at.add(i);
      }
    }
    if (at.size() < 3 || at.size() > 5 || !IndicatorWords.isNature(cells.get(at.get(2)))) {
      reader.problem(row, "活动", ProblemKind.NOT_AN_ACTIVITY_ROW);
      return null;
    }
    String indicator = Texts.compact(cells.get(at.get(1)));
    String level1 =
        IndicatorWords.LEVEL1.stream().filter(indicator::startsWith).findFirst().orElse("");
    String rest = indicator.substring(level1.length());
    int end = rest.indexOf("指标");
    String level2 = level1.isEmpty() || end < 0 || end > 8 ? "" : rest.substring(0, end + 2);
    boolean shifted =
        at.get(0) != Rows.columnOf(List.of(header), "活动")
            || at.get(1) != Rows.columnOf(List.of(header), "绩效指标")
            || at.get(2) != Rows.columnOf(List.of(header), "指标性质");
    return new ActivityRow(
        Texts.debreak(cells.get(at.get(0))),
        indicator,
        level1,
        level2,
        rest.substring(level2.length()),
        Texts.compact(cells.get(at.get(2))),
        at.size() > 3 ? cells.get(at.get(3)).strip() : "",
        at.size() > 4 ? cells.get(at.get(4)).strip() : "",
        row.lineNo(),
        shifted);
  }
}
