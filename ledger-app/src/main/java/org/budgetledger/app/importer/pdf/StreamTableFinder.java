package org.budgetledger.app.importer.pdf;

import java.util.List;
import java.util.Optional;

/** Finds a table printed without rules, from the columns its header words give. */
final class StreamTableFinder {
  private StreamTableFinder() {}

  record Found(PageTable table, List<PlacedLine> consumed) {}

  static Optional<Found> find(int page, List<PlacedLine> lines, List<Glyph> glyphs) {
    return Optional.empty();
  }
}
