package org.budgetledger.app.importer.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds a table printed without rules (the stream approach), on a page where no ruled table was
 * found: at least {@link #MIN_BODY_LINES} consecutive lines that each show two or more words far
 * apart, one of them an amount; the lines just above them with words far apart are its header, and
 * the x ranges of the header's words are its columns. Narrative text, where amounts stand in
 * sentences, never has words that far apart and is left alone.
 */
final class StreamTableFinder {
  private static final int MIN_BODY_LINES = 3;
  private static final int MAX_HEADER_LINES = 3;

  private StreamTableFinder() {}

  record Found(PageTable table, List<PlacedLine> consumed) {}

  static Optional<Found> find(int page, List<PlacedLine> lines, List<List<Glyph>> glyphLines) {
    List<List<Segment>> segmented = glyphLines.stream().map(Segment::split).toList();
    int start = 0;
    while (start < segmented.size()) {
      int end = start;
      while (end < segmented.size() && isBodyLine(segmented.get(end))) {
        end++;
      }
      if (end - start >= MIN_BODY_LINES) {
        return build(page, lines, segmented, start, end);
      }
      start = end + 1;
    }
    return Optional.empty();
  }

  private static Optional<Found> build(
      int page, List<PlacedLine> lines, List<List<Segment>> segmented, int bodyStart, int bodyEnd) {
    int headerStart = bodyStart;
    while (headerStart > 0
        && bodyStart - headerStart < MAX_HEADER_LINES
        && segmented.get(headerStart - 1).size() >= 2
        && !hasAmount(segmented.get(headerStart - 1))) {
      headerStart--;
    }
    if (headerStart == bodyStart) {
      return Optional.empty(); // no header to give the columns
    }
    double[] xs =
        columns(segmented.subList(headerStart, bodyStart), segmented.subList(bodyStart, bodyEnd));
    List<PdfRow> rows = new ArrayList<>();
    for (int i = headerStart; i < bodyEnd; i++) {
      rows.add(row(page, xs, segmented.get(i), i < bodyStart));
    }
    List<PlacedLine> consumed = lines.subList(headerStart, bodyEnd);
    PageTable table =
        new PageTable(
            page,
            consumed.get(0).top(),
            consumed.get(consumed.size() - 1).bottom(),
            xs,
            rows,
            false,
            false,
            false);
    return Optional.of(new Found(table, List.copyOf(consumed)));
  }

  /**
   * Column boundaries halfway between the columns: the words of the header line nearest the body
   * are the columns; a word of a line above is a column of its own when it stands beside them (项目
   * printed once for both header lines), and a group header over the columns it spans when it
   * stands between them (预算数 over 基本支出 and 项目支出).
   */
  private static double[] columns(List<List<Segment>> header, List<List<Segment>> body) {
    List<double[]> ranges = new ArrayList<>();
    List<Segment> leaves = header.get(header.size() - 1);
    leaves.forEach(s -> ranges.add(new double[] {s.left(), s.right()}));
    double first = leaves.get(0).left();
    double last = leaves.get(leaves.size() - 1).right();
    for (List<Segment> line : header.subList(0, header.size() - 1)) {
      for (Segment s : line) {
        double center = (s.left() + s.right()) / 2;
        if (center < first || center > last) {
          ranges.add(new double[] {s.left(), s.right()});
        }
      }
    }
    ranges.sort(Comparator.comparingDouble(r -> r[0]));
    List<double[]> merged = new ArrayList<>();
    for (double[] r : ranges) {
      double[] previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (previous != null && r[0] <= previous[1]) {
        previous[1] = Math.max(previous[1], r[1]);
      } else {
        merged.add(r.clone());
      }
    }
    double left =
        body.stream()
            .flatMap(List::stream)
            .mapToDouble(Segment::left)
            .min()
            .orElse(merged.get(0)[0]);
    double right =
        body.stream()
            .flatMap(List::stream)
            .mapToDouble(Segment::right)
            .max()
            .orElse(merged.get(merged.size() - 1)[1]);
    double[] xs = new double[merged.size() + 1];
    xs[0] = Math.min(left, merged.get(0)[0]) - 1;
    for (int i = 1; i < merged.size(); i++) {
      xs[i] = (merged.get(i - 1)[1] + merged.get(i)[0]) / 2;
    }
    xs[merged.size()] = Math.max(right, merged.get(merged.size() - 1)[1]) + 1;
    return xs;
  }

  /**
   * A line as a row. A header word spans the columns its x range reaches into; a body word goes to
   * the column of its middle (amounts are aligned right, their header words centred).
   */
  private static PdfRow row(int page, double[] xs, List<Segment> line, boolean header) {
    List<PdfCell> cells = new ArrayList<>();
    for (Segment s : line) {
      double middle = (s.left() + s.right()) / 2;
      int first = header ? column(xs, s.left() + 0.5) : column(xs, middle);
      int last = header ? Math.max(first, column(xs, s.right() - 0.5)) : first;
      PdfCell previous = cells.isEmpty() ? null : cells.get(cells.size() - 1);
      if (previous != null && previous.column() + previous.columnSpan() > first) {
        cells.set(
            cells.size() - 1,
            new PdfCell(
                previous.column(),
                Math.max(previous.columnSpan(), last - previous.column() + 1),
                1,
                previous.text() + " " + s.text()));
      } else {
        cells.add(new PdfCell(first, last - first + 1, 1, s.text()));
      }
    }
    return new PdfRow(page, xs.length - 1, cells);
  }

  private static int column(double[] xs, double x) {
    for (int c = 0; c < xs.length - 2; c++) {
      if (x < xs[c + 1]) {
        return c;
      }
    }
    return xs.length - 2;
  }

  private static boolean isBodyLine(List<Segment> line) {
    return line.size() >= 2 && hasAmount(line);
  }

  private static boolean hasAmount(List<Segment> line) {
    return line.stream().anyMatch(s -> HeaderSplit.isAmount(s.text()));
  }

  /** Words of a line: glyphs closer than a wide gap. */
  record Segment(String text, double left, double right) {
    /** Gaps wider than this many font sizes separate columns. */
    private static final double COLUMN_GAP = 1.5;

    static List<Segment> split(List<Glyph> line) {
      List<Segment> segments = new ArrayList<>();
      List<Glyph> current = new ArrayList<>();
      for (Glyph g : line) {
        if (!current.isEmpty()
            && g.x() - current.get(current.size() - 1).right() > COLUMN_GAP * g.size()) {
          segments.add(of(current));
          current = new ArrayList<>();
        }
        current.add(g);
      }
      if (!current.isEmpty()) {
        segments.add(of(current));
      }
      return segments;
    }

    private static Segment of(List<Glyph> glyphs) {
      return new Segment(
          TextAssembler.cellLineText(glyphs),
          glyphs.get(0).x(),
          glyphs.get(glyphs.size() - 1).right());
    }
  }
}
