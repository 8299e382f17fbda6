package org.budgetledger.projections.tables;

import java.util.List;
import java.util.Optional;

/**
 * One row of a rebuilt table. {@code key} identifies the row across points in time and against the
 * published document (e.g. {@code 2101501|50101|30101} in 支出总表); cells follow the columns.
 */
public record TableRow(String key, RowType type, List<TableCell> cells) {
  /**
   * The key of a rebuilt row standing for every published row the rebuilt table has no row of its
   * own for, where the ledger holds those rows' money at a coarser grain (项目支出表's projects the
   * ledger does not name): its cells are {@link TableCell#undetermined}, so such a figure is not
   * compared and not reported missing.
   */
  public static final String OTHER_ROWS = "*";

  public TableRow {
    cells = List.copyOf(cells);
  }

  public Optional<TableCell> cell(String columnKey) {
    return cells.stream().filter(c -> c.columnKey().equals(columnKey)).findFirst();
  }
}
