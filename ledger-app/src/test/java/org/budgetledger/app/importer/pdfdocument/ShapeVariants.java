package org.budgetledger.app.importer.pdfdocument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.budgetledger.app.importer.pdf.PdfCell;
import org.budgetledger.app.importer.pdf.PdfContent;
import org.budgetledger.app.importer.pdf.PdfRow;
import org.budgetledger.app.importer.pdf.PdfTable;
import org.budgetledger.app.importer.pdf.PdfTextLine;

/**
 * "Unseen" documents whose tables are shaped another way than the corpus prints them, as other
 * departments of a family print theirs: two columns in the other order, the 合计 row at the bottom, a
 * column of money the family's words do not name, a fund table printed empty with a note or left
 * out, a 三公 table of zeros, a header word wrapped over two header rows. Each rewrites one table as
 * read (with its untitled continuations on the following pages).
 */
final class ShapeVariants {
  private ShapeVariants() {}

  /** The table at {@code index} and its continuations (the untitled tables on the next pages). */
  static List<Integer> group(PdfContent content, int index) {
    List<Integer> group = new ArrayList<>(List.of(index));
    int last = lastPage(content.tables().get(index));
    for (int i = index + 1; i < content.tables().size(); i++) {
      PdfTable next = content.tables().get(i);
      if (!next.title().isBlank() || next.firstPage() != last + 1) {
        break;
      }
      group.add(i);
      last = lastPage(next);
    }
    return group;
  }

  /** Every table of the group rewritten. */
  static PdfContent rewritten(PdfContent content, int index, UnaryOperator<PdfTable> rewrite) {
    List<Integer> group = group(content, index);
    List<PdfTable> tables = new ArrayList<>();
    for (int i = 0; i < content.tables().size(); i++) {
      PdfTable t = content.tables().get(i);
      tables.add(group.contains(i) ? rewrite.apply(t) : t);
    }
    return new PdfContent(
        content.file(), content.pageCount(), tables, content.lines(), content.remarks());
  }

  /** Columns {@code a} and {@code b} (siblings under the same header cells) in the other order. */
  static PdfTable columnsSwapped(PdfTable t, int a, int b) {
    List<String> columns = new ArrayList<>(t.columns());
    columns.set(a, t.columns().get(b));
    columns.set(b, t.columns().get(a));
    UnaryOperator<PdfRow> swap =
        r ->
            new PdfRow(
                r.page(),
                r.columnCount(),
                r.cells().stream()
                    .map(
                        c ->
                            c.columnSpan() != 1
                                ? c
                                : c.column() == a
                                    ? new PdfCell(b, 1, c.rowSpan(), c.text())
                                    : c.column() == b
                                        ? new PdfCell(a, 1, c.rowSpan(), c.text())
                                        : c)
                    .sorted(Comparator.comparingInt(PdfCell::column))
                    .toList());
    return new PdfTable(
        t.title(),
        t.headingLines(),
        t.unitLine(),
        t.pages(),
        columns,
        t.headerRows().stream().map(swap).toList(),
        t.rows().stream().map(swap).toList(),
        t.ruled());
  }

  /**
   * A column inserted after column {@code after}, under the same header cells, headed {@code
   * header}; each body row prints in it what it prints in column {@code after}.
   */
  static PdfTable columnInserted(PdfTable t, int after, String header) {
    int at = after + 1;
    String path = t.columns().get(after);
    int slash = path.lastIndexOf('/');
    List<String> columns = new ArrayList<>(t.columns());
    columns.add(at, (slash < 0 ? "" : path.substring(0, slash + 1)) + header);
    // the header cell that is the leaf of column `after`: the deepest one covering it
    int leafRow = -1;
    PdfCell leaf = null;
    for (int r = t.headerRows().size() - 1; r >= 0 && leaf == null; r--) {
      for (PdfCell c : t.headerRows().get(r).cells()) {
        if (c.column() <= after && after < c.column() + c.columnSpan()) {
          leaf = c;
          leafRow = r;
          break;
        }
      }
    }
    List<PdfRow> headerRows = new ArrayList<>();
    for (int r = 0; r < t.headerRows().size(); r++) {
      PdfRow row = t.headerRows().get(r);
      List<PdfCell> cells = new ArrayList<>();
      for (PdfCell c : row.cells()) {
        boolean covers = c.column() <= after && after < c.column() + c.columnSpan();
        if (c.column() >= at) {
          cells.add(new PdfCell(c.column() + 1, c.columnSpan(), c.rowSpan(), c.text()));
        } else if (covers && r < leafRow || c.column() + c.columnSpan() > at) {
          cells.add(new PdfCell(c.column(), c.columnSpan() + 1, c.rowSpan(), c.text()));
        } else {
          cells.add(c);
        }
      }
      if (r == leafRow) {
        cells.add(new PdfCell(at, 1, leaf.rowSpan(), header));
      }
      cells.sort(Comparator.comparingInt(PdfCell::column));
      headerRows.add(new PdfRow(row.page(), row.columnCount() + 1, cells));
    }
    List<PdfRow> rows = new ArrayList<>();
    for (PdfRow row : t.rows()) {
      List<PdfCell> cells = new ArrayList<>();
      for (PdfCell c : row.cells()) {
        if (c.column() >= at) {
          cells.add(new PdfCell(c.column() + 1, c.columnSpan(), c.rowSpan(), c.text()));
        } else {
          cells.add(c);
          if (c.column() == after) {
            cells.add(new PdfCell(at, 1, 1, c.text()));
          }
        }
      }
      rows.add(new PdfRow(row.page(), row.columnCount() + 1, cells));
    }
    return new PdfTable(
        t.title(), t.headingLines(), t.unitLine(), t.pages(), columns, headerRows, rows, t.ruled());
  }

  /** The group's rows matching {@code moved} printed after its other rows, on its last page. */
  static PdfContent rowsMovedToTheBottom(PdfContent content, int index, Predicate<PdfRow> moved) {
    List<Integer> group = group(content, index);
    List<PdfRow> taken =
        group.stream().flatMap(i -> content.tables().get(i).rows().stream()).filter(moved).toList();
    int lastIndex = group.get(group.size() - 1);
    int lastPage = lastPage(content.tables().get(lastIndex));
    List<PdfTable> tables = new ArrayList<>();
    for (int i = 0; i < content.tables().size(); i++) {
      PdfTable t = content.tables().get(i);
      if (!group.contains(i)) {
        tables.add(t);
        continue;
      }
      List<PdfRow> rows = new ArrayList<>(t.rows().stream().filter(moved.negate()).toList());
      if (i == lastIndex) {
        taken.forEach(r -> rows.add(new PdfRow(lastPage, r.columnCount(), r.cells())));
      }
      tables.add(withRows(t, rows));
    }
    return new PdfContent(
        content.file(), content.pageCount(), tables, content.lines(), content.remarks());
  }

  /** Every cell of the given columns that prints something printed {@code text} instead. */
  static PdfTable figuresReplaced(PdfTable t, List<Integer> columns, String text) {
    return withRows(
        t,
        ContentVariants.cellsMapped(
            t.rows(),
            c ->
                columns.contains(c.column()) && !c.text().isBlank()
                    ? new PdfCell(c.column(), c.columnSpan(), c.rowSpan(), text)
                    : c));
  }

  static PdfTable withRows(PdfTable t, List<PdfRow> rows) {
    return new PdfTable(
        t.title(),
        t.headingLines(),
        t.unitLine(),
        t.pages(),
        t.columns(),
        t.headerRows(),
        rows,
        t.ruled());
  }

  /** Each column path's last word printed over two header rows, split at its middle. */
  static PdfTable leafWordsWrapped(PdfTable t, Predicate<String> wrap) {
    return new PdfTable(
        t.title(),
        t.headingLines(),
        t.unitLine(),
        t.pages(),
        t.columns().stream()
            .map(
                path -> {
                  int slash = path.lastIndexOf('/');
                  String leaf = path.substring(slash + 1);
                  if (!wrap.test(leaf)) {
                    return path;
                  }
                  int half = (leaf.length() + 1) / 2;
                  return path.substring(0, slash + 1)
                      + leaf.substring(0, half)
                      + "/"
                      + leaf.substring(half);
                })
            .toList(),
        t.headerRows(),
        t.rows(),
        t.ruled());
  }

  /** The group left out, a note printed in its place on its first page. */
  static PdfContent leftOut(PdfContent content, int index, String note) {
    List<Integer> group = group(content, index);
    PdfTable first = content.tables().get(index);
    List<PdfTable> tables = new ArrayList<>();
    for (int i = 0; i < content.tables().size(); i++) {
      if (!group.contains(i)) {
        tables.add(content.tables().get(i));
      }
    }
    List<PdfTextLine> lines = new ArrayList<>(content.lines());
    lines.add(new PdfTextLine(first.firstPage(), 99, note, 10f));
    return new PdfContent(content.file(), content.pageCount(), tables, lines, content.remarks());
  }

  /** The group printed without body rows but its 合计, every figure of it empty; a note below. */
  static PdfContent printedEmpty(
      PdfContent content, int index, Predicate<PdfRow> kept, String note) {
    PdfContent emptied =
        rewritten(
            content,
            index,
            t ->
                withRows(
                    t,
                    ContentVariants.cellsMapped(
                        t.rows().stream().filter(kept).toList(),
                        c ->
                            c.text().matches("[\\d,.\\s-]+")
                                ? new PdfCell(c.column(), c.columnSpan(), c.rowSpan(), "")
                                : c)));
    List<PdfTextLine> lines = new ArrayList<>(content.lines());
    lines.add(new PdfTextLine(content.tables().get(index).firstPage(), 99, note, 10f));
    return new PdfContent(
        emptied.file(), emptied.pageCount(), emptied.tables(), lines, emptied.remarks());
  }

  private static int lastPage(PdfTable t) {
    return t.pages().get(t.pages().size() - 1);
  }
}
