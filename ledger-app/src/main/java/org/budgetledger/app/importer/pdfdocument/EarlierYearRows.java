package org.budgetledger.app.importer.pdfdocument;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table listing its rows by 年度 (Shenzhen's 三公 table: each unit's 2025年, 2026年 and 增减变化金额 rows)
 * states the budget's money in the rows of the latest year it prints; the earlier year's rows are
 * last year's figures and the change rows their difference, neither of which the ledger holds. The
 * rows analogue of {@link EarlierYearColumns}.
 */
final class EarlierYearRows {
  /** A row label that is a year: 2025年, 2025年度. */
  static final Pattern YEAR = Pattern.compile("^((19|20)\\d{2})年度?$");

  private EarlierYearRows() {}

  /** The grid with only its latest year's rows, or as read when it labels no two years' rows. */
  static PublishedGrid latest(PublishedGrid grid) {
    List<Integer> years = grid.rows().stream().map(EarlierYearRows::year).toList();
    long distinct = years.stream().filter(y -> y != null).distinct().count();
    if (distinct < 2) {
      return grid;
    }
    int latest =
        years.stream().filter(y -> y != null).mapToInt(Integer::intValue).max().orElseThrow();
    List<List<PublishedCell>> rows = new ArrayList<>();
    for (int r = 0; r < grid.rows().size(); r++) {
      if (years.get(r) != null && years.get(r) == latest) {
        rows.add(grid.rows().get(r));
      }
    }
    return grid.withRows(rows);
  }

  /** The year a row's label prints (2025年, 2025年度), null when it prints none. */
  static Integer year(List<PublishedCell> row) {
    for (PublishedCell cell : row) {
      Matcher m = YEAR.matcher(cell.text().replaceAll("\\s", ""));
      if (!cell.isMoney() && m.matches()) {
        return Integer.valueOf(m.group(1));
      }
    }
    return null;
  }
}
