package org.budgetledger.app.importer.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Drops glyphs drawn twice or more at nearly the same place: some producers fake bold type by
 * printing a glyph again shifted by a fraction of a point, which would double every character.
 */
final class OverprintFilter {
  private static final double CELL = 4;

  private OverprintFilter() {}

  static List<Glyph> distinct(List<Glyph> glyphs) {
    Map<String, List<Glyph>> buckets = new HashMap<>();
    List<Glyph> kept = new ArrayList<>(glyphs.size());
    for (Glyph g : glyphs) {
      long bx = (long) Math.floor(g.x() / CELL);
      long by = (long) Math.floor(g.baseline() / CELL);
      if (!hasTwin(buckets, g, bx, by)) {
        kept.add(g);
        buckets.computeIfAbsent(key(g.text(), bx, by), k -> new ArrayList<>(2)).add(g);
      }
    }
    return kept;
  }

  private static boolean hasTwin(Map<String, List<Glyph>> buckets, Glyph g, long bx, long by) {
    double tolerance = Math.max(0.5, Math.min(g.width(), g.fontSize()) * 0.3);
    for (long dx = -1; dx <= 1; dx++) {
      for (long dy = -1; dy <= 1; dy++) {
        for (Glyph o : buckets.getOrDefault(key(g.text(), bx + dx, by + dy), List.of())) {
          if (Math.abs(o.x() - g.x()) <= tolerance
              && Math.abs(o.baseline() - g.baseline()) <= tolerance) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static String key(String text, long bx, long by) {
    return text + '\u0000' + bx + '\u0000' + by;
  }
}
