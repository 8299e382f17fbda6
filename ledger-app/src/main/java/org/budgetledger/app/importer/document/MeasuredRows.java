package org.budgetledger.app.importer.document;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.budgetledger.app.importer.problem.ProblemKind;

/**
 * The data rows of a table whose header places its 合计 column and the measures after it: the header
 * lines gathered until a row is data, the header's order of measures checked once, and each row's
 * amounts read under those measures. A row where the header does not place 合计 as the table needs it
 * is a problem, not data. The readers of spending by function share this; what a row's label
 * columns mean is theirs.
 */
final class MeasuredRows {
  private MeasuredRows() {}

  /**
   * One data row: its line and cells, the column of 合计 (the label columns are those before it),
   * whether it is the 合计 row, and its amounts in the order of the measures asked for.
   */
  record Row(
      SourceLine line, List<String> cells, int offset, boolean total, PublishedAmount[] amounts) {
    String text(int column) {
      return CellReader.text(cells, column);
    }
  }

  /**
   * Reads the rows of {@code body}: {@code placed} says where 合计 may stand, {@code misplaced} says
   * in words where the table needs it, for the problem of a row read before such a header.
   */
  static List<Row> read(
      TableBody body, CellReader reader, String[] measures, IntPredicate placed, String misplaced) {
    List<SourceLine> headers = new ArrayList<>();
    boolean headerChecked = false;
    List<Row> rows = new ArrayList<>();
    for (SourceLine line : body.rows()) {
      List<String> cells = line.cells();
      if (Rows.isEmpty(cells)) {
        continue;
      }
      int offset = Rows.columnOf(headers, "合计");
      boolean isTotal = Rows.isTotal(cells, Math.max(offset, 1));
      if (Rows.isHeader(cells) && !isTotal) {
        headers.add(line);
        continue;
      }
      if (!placed.test(offset)) {
        reader.problem(line, "合计", ProblemKind.HEADER_MISSING, "合计", misplaced);
        continue;
      }
      if (!headerChecked) {
        HeaderOrder.check(headers, offset, measures, reader);
        headerChecked = true;
      }
      rows.add(
          new Row(line, cells, offset, isTotal, reader.amounts(line, cells, offset, measures)));
    }
    return rows;
  }
}
