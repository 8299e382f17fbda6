package org.budgetledger.app.importer.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes the document's tables from the pages' tables: header rows told from body rows, column
 * paths, title and unit line from the lines above, and a table continued on the next page (same
 * columns, and no title of its own, a 续表 title or the same title) joined to it, its repeated header
 * dropped and each row keeping its page.
 */
final class TableAssembler {
  /**
   * Column boundaries of a continued table may move by a few points (spreadsheet exports fit the
   * widths page by page): up to this, or 1.5% of the width (3% under a repeated header).
   */
  private static final double COLUMN_TOLERANCE = 4.0;

  private TableAssembler() {}

  static List<PdfTable> tables(List<PageLayout> pages) {
    List<Draft> drafts = new ArrayList<>();
    for (PageLayout page : pages) {
      double previousBottom = -Double.MAX_VALUE;
      for (int i = 0; i < page.tables().size(); i++) {
        PageTable table = page.tables().get(i);
        if (i > 0) {
          drafts.get(drafts.size() - 1).lastOnItsPage = false;
        }
        double from = previousBottom;
        List<PlacedLine> above =
            page.lines().stream()
                .filter(l -> l.top() >= from - 1 && l.bottom() <= table.top() + 1)
                .toList();
        Draft draft = Draft.of(table, Heading.of(above));
        Draft last = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
        if (i == 0 && last != null && continues(last, draft)) {
          last.append(draft);
        } else {
          drafts.add(draft);
        }
        previousBottom = table.bottom();
      }
    }
    return drafts.stream().map(Draft::table).toList();
  }

  /**
   * A table goes on on the next page when it is the first table there, has the same columns, and
   * has no title of its own: none, a 续表 title, the same title, or a running page header.
   */
  private static boolean continues(Draft last, Draft next) {
    if (next.page() != last.lastPage() + 1 || !last.lastOnItsPage) {
      return false;
    }
    boolean repeatsHeader = last.repeatedHeader(next.source.gridRows()) > 0;
    double width = last.xs[last.xs.length - 1] - last.xs[0];
    double tolerance = Math.max(COLUMN_TOLERANCE, width * (repeatsHeader ? 0.03 : 0.015));
    if (!sameColumns(last, next, tolerance)) {
      return false;
    }
    String title = next.heading.title();
    boolean ownTitle =
        !title.isEmpty()
            && !title.contains("续")
            && !title.equals(last.title())
            && title.contains("表");
    return !ownTitle;
  }

  private static boolean sameColumns(Draft last, Draft next, double tolerance) {
    double[] a = last.xs;
    double[] b = next.source.xs();
    if (a.length != b.length) {
      return false;
    }
    for (int i = 0; i < a.length; i++) {
      if (Math.abs((a[i] - a[0]) - (b[i] - b[0])) > tolerance) {
        return false;
      }
    }
    return true;
  }

  /** A table being assembled, page by page. */
  private static final class Draft {
    final PageTable source;
    final Heading heading;
    final double[] xs;
    final int bodyStart;
    final List<String> columns;
    final List<PdfRow> headerRows;
    final List<PdfRow> rows = new ArrayList<>();
    final List<Integer> pages = new ArrayList<>();
    boolean lastOnItsPage = true;

    private Draft(PageTable source, Heading heading) {
      this.source = source;
      this.heading = heading;
      this.xs = source.xs();
      List<PdfRow> grid = source.gridRows();
      this.bodyStart = HeaderSplit.bodyStart(grid);
      this.headerRows = grid.subList(0, bodyStart);
      this.columns = ColumnPaths.of(headerRows, source.columnCount());
      this.rows.addAll(grid.subList(bodyStart, grid.size()));
      this.pages.add(source.page());
    }

    static Draft of(PageTable table, Heading heading) {
      return new Draft(table, heading);
    }

    int page() {
      return source.page();
    }

    int lastPage() {
      return pages.get(pages.size() - 1);
    }

    String title() {
      return heading.title();
    }

    /**
     * Adds the next page's rows: its repeated header dropped, and a first row that is the rest of a
     * row cut by the page break joined to that row.
     */
    void append(Draft next) {
      List<PdfRow> grid = next.source.gridRows();
      int skip = repeatedHeader(grid);
      if (skip == 0 && next.bodyStart > 0 && next.columns.equals(columns)) {
        skip = next.bodyStart;
      }
      List<PdfRow> rest = grid.subList(skip, grid.size());
      if (skip == 0 && next.source.openTop() && !rows.isEmpty() && !rest.isEmpty()) {
        rows.set(rows.size() - 1, RowJoin.join(rows.get(rows.size() - 1), rest.get(0)));
        rest = rest.subList(1, rest.size());
      }
      rows.addAll(rest);
      pages.add(next.page());
    }

    /** How many first rows of {@code grid} repeat this table's header rows, text for text. */
    private int repeatedHeader(List<PdfRow> grid) {
      if (headerRows.isEmpty() || grid.size() < headerRows.size()) {
        return 0;
      }
      for (int r = 0; r < headerRows.size(); r++) {
        if (!compactTexts(headerRows.get(r)).equals(compactTexts(grid.get(r)))) {
          return 0;
        }
      }
      return headerRows.size();
    }

    private static List<String> compactTexts(PdfRow row) {
      return row.texts().stream().map(HeaderSplit::compact).toList();
    }

    PdfTable table() {
      String unitLine = heading.unitLine();
      if (unitLine.isEmpty()) {
        unitLine =
            headerRows.stream()
                .flatMap(r -> r.cells().stream())
                .map(PdfCell::text)
                .filter(t -> t.matches(".*单位\\s*[:：].*"))
                .findFirst()
                .orElse("");
      }
      return new PdfTable(
          heading.title(),
          heading.lines(),
          unitLine,
          pages,
          columns,
          headerRows,
          rows,
          source.ruled());
    }
  }
}
