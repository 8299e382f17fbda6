package org.budgetledger.projections.tables;

import java.util.List;
import java.util.Optional;

/**
 * One row of a rebuilt table. {@code key} identifies the row across points in time and against the
 * published document (e.g. {@code 2101501|50101|30101} in 支出总表); cells follow the columns.
 */
public record TableRow(String key, RowType type, List<TableCell> cells) {
  public TableRow {
    cells = List.copyOf(cells);
  }

  public Optional<TableCell> cell(String columnKey) {
    return cells.stream().filter(c -> c.columnKey().equals(columnKey)).findFirst();
  }
}
