package org.budgetledger.app.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.budgetledger.projections.tables.Column;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.RowType;
import org.budgetledger.projections.tables.TableCell;
import org.budgetledger.projections.tables.TableRow;

/**
 * The lines a table prints, in the published layout. Most rows are one line each; in the 收支 layout
 * (收支总表, 财政拨款收支总表) a row fills the income half or the spending half, and the published table prints
 * the n-th income row beside the n-th spending row, so those are paired.
 */
public final class PrintedLines {
  private static final List<String> BALANCE_SHEET =
      List.of("incomeItem", "income", "spendingItem", "spending");

  private PrintedLines() {}

  public static List<PrintedLine> of(DisclosureTable table) {
    List<String> keys = table.columns().stream().map(Column::key).toList();
    if (!keys.equals(BALANCE_SHEET)) {
      return table.rows().stream().map(r -> line(keys, List.of(r))).toList();
    }
    List<PrintedLine> lines = new ArrayList<>();
    List<TableRow> left = new ArrayList<>();
    List<TableRow> right = new ArrayList<>();
    for (TableRow row : table.rows()) {
      boolean income = row.cell("incomeItem").isPresent();
      boolean spending = row.cell("spendingItem").isPresent();
      if (income && spending) {
        pair(keys, left, right, lines);
        lines.add(line(keys, List.of(row)));
      } else {
        (income ? left : right).add(row);
      }
    }
    pair(keys, left, right, lines);
    return lines;
  }

  private static void pair(
      List<String> keys, List<TableRow> left, List<TableRow> right, List<PrintedLine> lines) {
    for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
      List<TableRow> both = new ArrayList<>();
      if (i < left.size()) {
        both.add(left.get(i));
      }
      if (i < right.size()) {
        both.add(right.get(i));
      }
      lines.add(line(keys, both));
    }
    left.clear();
    right.clear();
  }

  private static PrintedLine line(List<String> keys, List<TableRow> rows) {
    Map<String, TableCell> byColumn = new HashMap<>();
    rows.forEach(r -> r.cells().forEach(c -> byColumn.put(c.columnKey(), c)));
    List<TableCell> cells = new ArrayList<>();
    keys.forEach(k -> cells.add(byColumn.get(k)));
    RowType type =
        rows.stream()
            .map(TableRow::type)
            .filter(t -> t != RowType.DETAIL)
            .findFirst()
            .orElse(RowType.DETAIL);
    return new PrintedLine(type, cells, rows.stream().map(TableRow::key).toList());
  }
}
