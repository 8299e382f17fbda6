package org.budgetledger.app.importer.document;

import java.util.List;
import java.util.regex.Pattern;

/** Row tests shared by the money tables' readers. */
final class Rows {
  private static final Pattern CODE_START = Pattern.compile("^(\\d|[A-Z]-).*");

  private Rows() {}

  static boolean isEmpty(List<String> cells) {
    return cells.stream().allMatch(String::isBlank);
  }

  /** A 合计 row: one of the label cells (before the first amount column) says 合计 or 总计. */
  static boolean isTotal(List<String> cells, int labelColumns) {
    for (int i = 0; i < Math.min(Math.max(labelColumns, 1), cells.size()); i++) {
      String label = Texts.compact(cells.get(i));
      if (label.equals("合计") || label.equals("总计")) {
        return true;
      }
    }
    return false;
  }

  /** A header row: words only, no amount and no code; data rows always carry one of them. */
  static boolean isHeader(List<String> cells) {
    return cells.stream()
        .map(String::strip)
        .noneMatch(c -> Texts.isAmountLike(c) || CODE_START.matcher(c).matches());
  }

  /** The column of the first header cell that reads {@code label} (spaces ignored); -1 if none. */
  static int columnOf(List<SourceLine> headerRows, String label) {
    for (SourceLine row : headerRows) {
      List<String> cells = row.cells();
      for (int i = 0; i < cells.size(); i++) {
        if (Texts.compact(cells.get(i)).equals(label)) {
          return i;
        }
      }
    }
    return -1;
  }
}
