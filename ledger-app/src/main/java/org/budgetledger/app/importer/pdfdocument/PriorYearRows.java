package org.budgetledger.app.importer.pdfdocument;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.budgetledger.projections.checks.PrintedChange;

/**
 * A table listing its rows by 年度 (each unit's 2025年, 2026年 and 增减变化金额 rows): every change row with
 * the earlier and later year's rows printed above it since the last change row makes one triple per
 * column of figures. The unit is the row label printed beside the first of them.
 */
final class PriorYearRows {
  private static final Pattern CHANGE = Pattern.compile("^(比上年)?增减(变化)?(金额|额|数)?$");

  private PriorYearRows() {}

  /** What the table prints by year in its rows, null when it labels no two years' rows. */
  static PriorYearFigures read(PublishedGrid grid) {
    List<Integer> years = grid.rows().stream().map(EarlierYearRows::year).toList();
    if (years.stream().filter(y -> y != null).distinct().count() < 2) {
      return null;
    }
    int latest =
        years.stream().filter(y -> y != null).mapToInt(Integer::intValue).max().orElseThrow();
    List<PrintedChange> changes = new ArrayList<>();
    int earlierFigures = 0;
    List<PublishedCell> earlier = null;
    List<PublishedCell> later = null;
    String unit = "";
    for (int r = 0; r < grid.rows().size(); r++) {
      List<PublishedCell> row = grid.rows().get(r);
      Integer year = years.get(r);
      if (year != null) {
        if (earlier == null && later == null) {
          unit = label(row);
        }
        if (year == latest) {
          later = row;
        } else {
          earlier = row;
          earlierFigures += (int) row.stream().filter(PublishedCell::isMoney).count();
        }
      } else if (changeLabel(row) != null && earlier != null && later != null) {
        triples(grid, unit, earlier, later, row, changes);
        earlier = null;
        later = null;
      }
    }
    return new PriorYearFigures(grid, changes, earlierFigures, List.of());
  }

  private static void triples(
      PublishedGrid grid,
      String unit,
      List<PublishedCell> earlier,
      List<PublishedCell> later,
      List<PublishedCell> change,
      List<PrintedChange> out) {
    String earlierLabel = yearText(earlier);
    String laterLabel = yearText(later);
    String changeLabel = changeLabel(change);
    for (PublishedCell c : change) {
      PublishedCell e = PriorYearFigures.cellAt(earlier, c.column());
      PublishedCell l = PriorYearFigures.cellAt(later, c.column());
      if (!PriorYearFigures.printed(c, e, l) || EarlierYearRows.year(List.of(c)) != null) {
        continue;
      }
      out.add(
          new PrintedChange(
              grid.unit(),
              PriorYearFigures.figure(grid, l, laterLabel, rowKey(unit, laterLabel)),
              PriorYearFigures.figure(grid, e, earlierLabel, rowKey(unit, earlierLabel)),
              PriorYearFigures.figure(grid, c, changeLabel, rowKey(unit, changeLabel)),
              null));
    }
  }

  private static String rowKey(String unit, String label) {
    return unit.isEmpty() ? label : unit + " " + label;
  }

  /** The unit's name: the first cell with words that is neither a figure nor a year. */
  private static String label(List<PublishedCell> row) {
    for (PublishedCell cell : row) {
      String text = cell.text().replaceAll("\\s", "");
      if (!cell.isMoney() && !text.isEmpty() && !EarlierYearRows.YEAR.matcher(text).matches()) {
        return text;
      }
    }
    return "";
  }

  private static String yearText(List<PublishedCell> row) {
    return row.stream()
        .map(c -> c.text().replaceAll("\\s", ""))
        .filter(t -> EarlierYearRows.YEAR.matcher(t).matches())
        .findFirst()
        .orElse("");
  }

  private static String changeLabel(List<PublishedCell> row) {
    for (PublishedCell cell : row) {
      String text = cell.text().replaceAll("\\s", "");
      if (!cell.isMoney() && CHANGE.matcher(text).matches()) {
        return text;
      }
    }
    return null;
  }
}
