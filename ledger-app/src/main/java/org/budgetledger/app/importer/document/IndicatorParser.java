package org.budgetledger.app.importer.document;

import java.util.ArrayList;
import java.util.List;
import org.budgetledger.app.importer.problem.ProblemKind;

/**
 * Reads an indicator from the cells of a row, starting at its 一级指标, by content: the non-empty cells
 * are 一级, 二级 (…指标), 三级, 性质, then value and unit, and a direction (正向/反向指标) if printed. Empty cells
 * between them are PDF artefacts. Returns null (and a problem) when the cells do not fit that
 * shape.
 */
final class IndicatorParser {
  private IndicatorParser() {}

  static IndicatorRow parse(
      SourceLine row, List<String> cells, int start, int expectedStart, CellReader reader) {
    List<Integer> at = new ArrayList<>();
    for (int i = start; i < cells.size(); i++) {
      if (!cells.get(i).isBlank()) {
        at.add(i);
      }
    }
    if (at.size() < 4
        || !Texts.compact(cells.get(at.get(1))).endsWith("指标")
        || !IndicatorWords.isNature(cells.get(at.get(3)))) {
      reader.problem(row, "绩效指标", ProblemKind.INDICATOR_ORDER);
      return null;
    }
    List<String> rest = new ArrayList<>();
    for (int k = 4; k < at.size(); k++) {
      rest.add(cells.get(at.get(k)).strip());
    }
    String direction = "";
    if (!rest.isEmpty() && IndicatorWords.DIRECTIONS.contains(rest.get(rest.size() - 1))) {
      direction = rest.remove(rest.size() - 1);
    }
    if (rest.size() > 2) {
      reader.problem(row, "绩效指标", ProblemKind.INDICATOR_EXTRA_CELLS, rest);
      return null;
    }
    boolean shifted = start != expectedStart || at.get(3) - at.get(0) != 3;
    return new IndicatorRow(
        Texts.compact(cells.get(at.get(0))),
        Texts.compact(cells.get(at.get(1))),
        cells.get(at.get(2)).strip(),
        Texts.compact(cells.get(at.get(3))),
        rest.isEmpty() ? "" : rest.get(0),
        rest.size() < 2 ? "" : rest.get(1),
        direction,
        row.lineNo(),
        shifted);
  }

  /** The first cell at or after {@code from} that is a 一级指标; -1 if none. */
  static int level1At(List<String> cells, int from) {
    for (int i = Math.max(from, 0); i < cells.size(); i++) {
      if (IndicatorWords.isLevel1(cells.get(i))) {
        return i;
      }
    }
    return -1;
  }
}
