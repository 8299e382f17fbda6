package org.budgetledger.projections.tables.document;

import java.util.ArrayList;
import java.util.List;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.DisclosureTableBuilder;
import org.budgetledger.projections.tables.PrintedBalanceRows;
import org.budgetledger.projections.tables.TableRow;

/**
 * Adds to a rebuilt table the rows a published document prints that the table does not hold, as its
 * builder rebuilds them: a 款 or 项 row after its 类 and the rows already under it, in the document's
 * order; any other before the totals.
 */
final class PrintedRows {
  private PrintedRows() {}

  static DisclosureTable add(
      DisclosureTable table, DisclosureTableBuilder builder, BudgetView view, List<String> keys) {
    List<TableRow> rows = new ArrayList<>(table.rows());
    boolean added = false;
    for (String key : keys) {
      if (table.row(key).isPresent() || rows.stream().anyMatch(r -> r.key().equals(key))) {
        continue;
      }
      var row = builder.printedRow(view, key);
      if (row.isEmpty()) {
        continue;
      }
      rows.add(position(rows, key), row.get());
      added = true;
    }
    return added ? table.withRows(rows) : table;
  }

  private static int position(List<TableRow> rows, String key) {
    if (key.startsWith(PrintedBalanceRows.DETAIL)) {
      String classCode = key.substring(PrintedBalanceRows.DETAIL.length()).substring(0, 3);
      int last = -1;
      for (int i = 0; i < rows.size(); i++) {
        String k = rows.get(i).key();
        if (k.equals("spending:" + classCode)
            || k.startsWith(PrintedBalanceRows.DETAIL + classCode)) {
          last = i;
        }
      }
      if (last >= 0) {
        return last + 1;
      }
    }
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).key().startsWith("totals:")) {
        return i;
      }
    }
    return rows.size();
  }
}
