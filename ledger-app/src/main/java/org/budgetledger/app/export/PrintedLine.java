package org.budgetledger.app.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.budgetledger.projections.tables.RowType;
import org.budgetledger.projections.tables.TableCell;

/**
 * One printed line of a table: a cell per leaf column (null where the line prints nothing), the row
 * type (subtotal and total lines print bold) and the keys of the rows it shows.
 */
public record PrintedLine(RowType type, List<TableCell> cells, List<String> rowKeys) {
  public PrintedLine {
    cells = Collections.unmodifiableList(new ArrayList<>(cells));
    rowKeys = List.copyOf(rowKeys);
  }
}
