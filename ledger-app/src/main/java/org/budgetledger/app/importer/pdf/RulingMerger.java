package org.budgetledger.app.importer.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Joins collinear rules: producers draw a table's line as one segment per cell, dashed, or twice.
 * Rules closer than {@link #POSITION_TOLERANCE} across are one line; pieces along a line with gaps
 * up to {@link #GAP_TOLERANCE} are one piece.
 */
final class RulingMerger {
  static final double POSITION_TOLERANCE = 1.5;
  static final double GAP_TOLERANCE = 2.0;

  /** Shorter pieces are dots, ticks or glyph strokes, not rules. */
  static final double MIN_LENGTH = 3.0;

  private RulingMerger() {}

  static List<Ruling> merge(List<Ruling> rulings) {
    List<Ruling> merged = new ArrayList<>();
    merged.addAll(mergeDirection(rulings, true));
    merged.addAll(mergeDirection(rulings, false));
    return merged;
  }

  private static List<Ruling> mergeDirection(List<Ruling> rulings, boolean horizontal) {
    List<Ruling> lines =
        new ArrayList<>(rulings.stream().filter(r -> r.horizontal() == horizontal).toList());
    lines.sort(Comparator.comparingDouble(Ruling::position));
    List<Ruling> out = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      int j = i + 1;
      while (j < lines.size()
          && lines.get(j).position() - lines.get(j - 1).position() <= POSITION_TOLERANCE) {
        j++;
      }
      out.addAll(joinAlong(lines.subList(i, j), horizontal));
      i = j;
    }
    return out;
  }

  private static List<Ruling> joinAlong(List<Ruling> group, boolean horizontal) {
    double position = group.stream().mapToDouble(Ruling::position).average().orElseThrow();
    List<Ruling> sorted = new ArrayList<>(group);
    sorted.sort(Comparator.comparingDouble(Ruling::start));
    List<Ruling> out = new ArrayList<>();
    double start = sorted.get(0).start();
    double end = sorted.get(0).end();
    for (Ruling r : sorted.subList(1, sorted.size())) {
      if (r.start() <= end + GAP_TOLERANCE) {
        end = Math.max(end, r.end());
      } else {
        addIfLong(out, horizontal, position, start, end);
        start = r.start();
        end = r.end();
      }
    }
    addIfLong(out, horizontal, position, start, end);
    return out;
  }

  private static void addIfLong(
      List<Ruling> out, boolean horizontal, double position, double start, double end) {
    if (end - start >= MIN_LENGTH) {
      out.add(new Ruling(horizontal, position, start, end));
    }
  }
}
