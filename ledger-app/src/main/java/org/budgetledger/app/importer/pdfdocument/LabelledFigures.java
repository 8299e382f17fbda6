package org.budgetledger.app.importer.pdfdocument;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A table printing each figure beside its label, several label and figure columns side by side (a
 * fund's 收支表: income, spending by function, by use and by economic class): the figure of a measure
 * the profile names by a label pattern is the amount printed right of the first cell that pattern
 * matches, reading row by row, column by column; a blank beside the label is printed blank.
 */
final class LabelledFigures {
  private LabelledFigures() {}

  /** One figure: its printed text and the row it is printed in. */
  record Figure(String text, List<PublishedCell> row) {}

  /** The figure of each measure whose label the table prints, in the profile's order. */
  static Map<String, Figure> of(PublishedGrid grid, Map<String, Pattern> labels) {
    Map<String, Figure> figures = new LinkedHashMap<>();
    labels.forEach(
        (measure, pattern) -> find(grid, pattern).ifPresent(f -> figures.put(measure, f)));
    return figures;
  }

  private static Optional<Figure> find(PublishedGrid grid, Pattern pattern) {
    for (List<PublishedCell> row : grid.rows()) {
      for (PublishedCell cell : row) {
        if (!cell.isMoney() && pattern.matcher(cell.text().replaceAll("\\s", "")).find()) {
          String beside =
              row.stream()
                  .filter(c -> c.column() == cell.column() + 1 && c.isMoney())
                  .findFirst()
                  .map(c -> c.text().replaceAll("\\s", ""))
                  .orElse("");
          return Optional.of(new Figure(beside, row));
        }
      }
    }
    return Optional.empty();
  }
}
