package org.budgetledger.app.importer.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One page read: its tables (ruled ones from the lattice, else one from the header's columns) and
 * the lines of text outside them, numbered top to bottom.
 */
record PageLayout(int page, List<PageTable> tables, List<PlacedLine> lines) {

  /** Refuses a table wider than {@code maxColumns}, before its grid of cells is built. */
  static PageLayout of(
      String name, int page, List<Glyph> glyphs, List<Ruling> rulings, int maxColumns)
      throws PdfReadException {
    List<Lattice> lattices =
        LatticeFinder.find(rulings).stream().filter(l -> l.columnCount() >= 2).toList();
    for (Lattice lattice : lattices) {
      requireColumns(name, page, lattice.columnCount(), maxColumns);
    }
    List<List<Glyph>> inside = new ArrayList<>();
    lattices.forEach(l -> inside.add(new ArrayList<>()));
    List<Glyph> outside = new ArrayList<>();
    for (Glyph g : glyphs) {
      int index = latticeOf(lattices, g);
      (index < 0 ? outside : inside.get(index)).add(g);
    }
    List<PageTable> tables = new ArrayList<>();
    for (int i = 0; i < lattices.size(); i++) {
      tables.add(LatticeText.table(page, lattices.get(i), inside.get(i)));
    }
    List<List<Glyph>> glyphLines = TextAssembler.lines(outside);
    List<PlacedLine> lines = placedLines(page, glyphLines);
    if (tables.isEmpty()) {
      StreamTableFinder.find(page, lines, glyphLines)
          .ifPresent(
              found -> {
                tables.add(found.table());
                lines.removeAll(found.consumed());
              });
    }
    for (PageTable table : tables) {
      requireColumns(name, page, table.columnCount(), maxColumns);
    }
    tables.sort(Comparator.comparingDouble(PageTable::top));
    return new PageLayout(page, tables, renumber(page, lines));
  }

  private static void requireColumns(String name, int page, int columns, int maxColumns)
      throws PdfReadException {
    if (columns > maxColumns) {
      throw new PdfReadException(
          PdfProblem.TOO_MANY_COLUMNS, name, page, columns + " columns, at most " + maxColumns);
    }
  }

  private static int latticeOf(List<Lattice> lattices, Glyph g) {
    for (int i = 0; i < lattices.size(); i++) {
      if (lattices.get(i).contains(g.centerX(), g.centerY())) {
        return i;
      }
    }
    return -1;
  }

  private static List<PlacedLine> placedLines(int page, List<List<Glyph>> glyphLines) {
    List<PlacedLine> lines = new ArrayList<>();
    for (List<Glyph> line : glyphLines) {
      double top = line.stream().mapToDouble(g -> g.baseline() - g.size()).min().orElseThrow();
      double bottom = line.stream().mapToDouble(Glyph::baseline).max().orElseThrow();
      double size = line.stream().mapToDouble(Glyph::fontSize).max().orElseThrow();
      lines.add(
          new PlacedLine(
              new PdfTextLine(page, 0, TextAssembler.lineText(line), size),
              top,
              bottom,
              line.get(0).x()));
    }
    return lines;
  }

  private static List<PlacedLine> renumber(int page, List<PlacedLine> lines) {
    List<PlacedLine> numbered = new ArrayList<>();
    for (PlacedLine l : lines) {
      PdfTextLine t = l.line();
      numbered.add(
          new PlacedLine(
              new PdfTextLine(page, numbered.size() + 1, t.text(), t.fontSize()),
              l.top(),
              l.bottom(),
              l.left()));
    }
    return numbered;
  }
}
