package org.budgetledger.app.importer.pdfdocument;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.budgetledger.app.importer.pdf.PdfCell;
import org.budgetledger.app.importer.pdf.PdfContent;
import org.budgetledger.app.importer.pdf.PdfRow;
import org.budgetledger.app.importer.pdf.PdfTable;
import org.budgetledger.app.importer.pdf.PdfTextLine;

/**
 * "Unseen" documents made from a corpus PDF's tables as read: the same tables printed another way
 * (a title spaced out or with its year, parentheses of the other width, another unit label, another
 * header word of the same meaning, another department, a table running onto one more page).
 */
final class ContentVariants {
  private ContentVariants() {}

  /** Every table title (and the heading line that prints it) rewritten. */
  static PdfContent titles(PdfContent content, UnaryOperator<String> rewrite) {
    return tables(
        content,
        t ->
            new PdfTable(
                rewrite.apply(t.title()),
                t.headingLines().stream()
                    .map(h -> h.equals(t.title()) ? rewrite.apply(h) : h)
                    .toList(),
                t.unitLine(),
                t.pages(),
                t.columns(),
                t.headerRows(),
                t.rows(),
                t.ruled()));
  }

  /** Every table's unit line rewritten. */
  static PdfContent unitLines(PdfContent content, UnaryOperator<String> rewrite) {
    return tables(
        content,
        t ->
            new PdfTable(
                t.title(),
                t.headingLines().stream()
                    .map(h -> h.equals(t.unitLine()) ? rewrite.apply(h) : h)
                    .toList(),
                t.unitLine() == null ? null : rewrite.apply(t.unitLine()),
                t.pages(),
                t.columns(),
                t.headerRows(),
                t.rows(),
                t.ruled()));
  }

  /** Every header cell (column paths and header rows) rewritten, one path segment at a time. */
  static PdfContent headers(PdfContent content, UnaryOperator<String> rewrite) {
    return tables(
        content,
        t ->
            new PdfTable(
                t.title(),
                t.headingLines(),
                t.unitLine(),
                t.pages(),
                t.columns().stream()
                    .map(
                        c ->
                            String.join(
                                "/",
                                java.util.Arrays.stream(c.split("/", -1)).map(rewrite).toList()))
                    .toList(),
                rows(t.headerRows(), rewrite),
                t.rows(),
                t.ruled()));
  }

  /** Every text of the document rewritten: cover and narrative lines, headings, cells. */
  static PdfContent everywhere(PdfContent content, UnaryOperator<String> rewrite) {
    PdfContent tables =
        tables(
            content,
            t ->
                new PdfTable(
                    rewrite.apply(t.title()),
                    t.headingLines().stream().map(rewrite).toList(),
                    t.unitLine() == null ? null : rewrite.apply(t.unitLine()),
                    t.pages(),
                    t.columns().stream().map(rewrite).toList(),
                    rows(t.headerRows(), rewrite),
                    rows(t.rows(), rewrite),
                    t.ruled()));
    return new PdfContent(
        tables.file(),
        tables.pageCount(),
        tables.tables(),
        tables.lines().stream()
            .map(l -> new PdfTextLine(l.page(), l.line(), rewrite.apply(l.text()), l.fontSize()))
            .toList(),
        tables.remarks());
  }

  /**
   * The table at {@code index} printed over one more page: its last {@code moved} rows go to an
   * untitled continuation on the next page, and every later page moves down by one.
   */
  static PdfContent splitOverOneMorePage(PdfContent content, int index, int moved) {
    List<PdfTable> out = new ArrayList<>();
    for (int i = 0; i < content.tables().size(); i++) {
      PdfTable t = content.tables().get(i);
      if (i < index) {
        out.add(t);
      } else if (i > index) {
        out.add(shifted(t));
      } else {
        int last = t.pages().get(t.pages().size() - 1);
        int keep = t.rows().size() - moved;
        out.add(
            new PdfTable(
                t.title(),
                t.headingLines(),
                t.unitLine(),
                t.pages(),
                t.columns(),
                t.headerRows(),
                t.rows().subList(0, keep),
                t.ruled()));
        out.add(
            new PdfTable(
                "",
                List.of(),
                null,
                List.of(last + 1),
                t.columns(),
                t.headerRows().stream()
                    .map(r -> new PdfRow(last + 1, r.columnCount(), r.cells()))
                    .toList(),
                t.rows().subList(keep, t.rows().size()).stream()
                    .map(r -> new PdfRow(last + 1, r.columnCount(), r.cells()))
                    .toList(),
                t.ruled()));
      }
    }
    int splitPage = lastPage(content.tables().get(index));
    return new PdfContent(
        content.file(),
        content.pageCount() + 1,
        out,
        content.lines().stream()
            .map(
                l ->
                    l.page() > splitPage
                        ? new PdfTextLine(l.page() + 1, l.line(), l.text(), l.fontSize())
                        : l)
            .toList(),
        content.remarks());
  }

  private static int lastPage(PdfTable t) {
    return t.pages().get(t.pages().size() - 1);
  }

  private static PdfTable shifted(PdfTable t) {
    return new PdfTable(
        t.title(),
        t.headingLines(),
        t.unitLine(),
        t.pages().stream().map(p -> p + 1).toList(),
        t.columns(),
        t.headerRows().stream().map(ContentVariants::shifted).toList(),
        t.rows().stream().map(ContentVariants::shifted).toList(),
        t.ruled());
  }

  private static PdfRow shifted(PdfRow r) {
    return new PdfRow(r.page() + 1, r.columnCount(), r.cells());
  }

  private static List<PdfRow> rows(List<PdfRow> rows, UnaryOperator<String> rewrite) {
    return cellsMapped(
        rows, c -> new PdfCell(c.column(), c.columnSpan(), c.rowSpan(), rewrite.apply(c.text())));
  }

  /** The rows as they stand, each cell replaced by what {@code cell} makes of it. */
  static List<PdfRow> cellsMapped(List<PdfRow> rows, UnaryOperator<PdfCell> cell) {
    return rows.stream()
        .map(r -> new PdfRow(r.page(), r.columnCount(), r.cells().stream().map(cell).toList()))
        .toList();
  }

  private static PdfContent tables(PdfContent content, UnaryOperator<PdfTable> rewrite) {
    return new PdfContent(
        content.file(),
        content.pageCount(),
        content.tables().stream().map(rewrite).toList(),
        content.lines(),
        content.remarks());
  }
}
