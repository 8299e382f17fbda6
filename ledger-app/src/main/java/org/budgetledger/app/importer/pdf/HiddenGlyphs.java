package org.budgetledger.app.importer.pdf;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Places of glyphs a reader of the printed page does not see (clipped away, off the page). The text
 * extraction finds them all; those whose origin is one of these places are dropped.
 */
final class HiddenGlyphs {
  /** Places are matched on a 0.5 pt grid, neighbours included, as the two passes round apart. */
  private static final double GRID = 2.0;

  private final PageGeometry geometry;
  private final Set<Long> places = new HashSet<>();

  HiddenGlyphs(PageGeometry geometry) {
    this.geometry = geometry;
  }

  void add(double ux, double uy) {
    places.add(
        key(
            Math.round(geometry.displayX(ux, uy) * GRID),
            Math.round(geometry.displayY(ux, uy) * GRID)));
  }

  List<Glyph> visible(List<Glyph> glyphs) {
    if (places.isEmpty()) {
      return glyphs;
    }
    return glyphs.stream().filter(g -> !hidden(g)).toList();
  }

  private boolean hidden(Glyph g) {
    long x = Math.round(g.x() * GRID);
    long y = Math.round(g.baseline() * GRID);
    for (long dx = -1; dx <= 1; dx++) {
      for (long dy = -1; dy <= 1; dy++) {
        if (places.contains(key(x + dx, y + dy))) {
          return true;
        }
      }
    }
    return false;
  }

  private static long key(long x, long y) {
    return (x << 32) ^ (y & 0xFFFFFFFFL);
  }
}
