package org.budgetledger.app.web;

import java.util.stream.Collectors;
import org.budgetledger.projections.tables.TableCell;
import org.budgetledger.projections.tables.TableRow;

/** What a reader calls a row: its printed text cells, e.g. {@code 2101501 行政运行 / 30201 办公费}. */
final class RowLabels {
  private RowLabels() {}

  static String of(TableRow row) {
    return row.cells().stream()
        .filter(c -> !c.isMoney() && c.text() != null && !c.text().isBlank())
        .map(TableCell::text)
        .collect(Collectors.joining(" / "));
  }
}
