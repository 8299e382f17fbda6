package org.budgetledger.app.importer.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * One path per column from a multi-row header: the texts of the header cells covering the column,
 * top to bottom, joined by {@code /} ({@code 基本支出/人员经费}); a spanning cell gives the prefix of every
 * column under it.
 */
final class ColumnPaths {
  private ColumnPaths() {}

  static List<String> of(List<PdfRow> headerRows, int columnCount) {
    List<List<String>> parts = new ArrayList<>();
    for (int c = 0; c < columnCount; c++) {
      parts.add(new ArrayList<>());
    }
    for (PdfRow row : headerRows) {
      if (HeaderSplit.isNumbering(row)) {
        continue;
      }
      for (PdfCell cell : row.cells()) {
        String text = TextAssembler.tidy(cell.text());
        if (text.isEmpty() || text.matches(".*单位\\s*[:：].*")) {
          continue;
        }
        for (int c = cell.column(); c < cell.column() + cell.columnSpan() && c < columnCount; c++) {
          List<String> path = parts.get(c);
          if (path.isEmpty() || !path.get(path.size() - 1).equals(text)) {
            path.add(text);
          }
        }
      }
    }
    return parts.stream().map(p -> String.join("/", p)).toList();
  }
}
