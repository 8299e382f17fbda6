package org.budgetledger.app.inquiry.diff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.tables.Column;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.TableCell;
import org.budgetledger.projections.tables.TableRow;

/**
 * The money cells of a table by row and column key, for comparing two builds of it. A row absent at
 * one point (rows of zero are left out) counts as zero there.
 */
record MoneyCells(
    DisclosureTable table, Map<String, TableCell> cells, Map<String, String> rowLabels) {

  static MoneyCells of(DisclosureTable table) {
    Map<String, TableCell> cells = new LinkedHashMap<>();
    Map<String, String> labels = new LinkedHashMap<>();
    for (TableRow row : table.rows()) {
      labels.put(row.key(), label(row));
      for (TableCell cell : row.cells()) {
        if (cell.isMoney()) {
          cells.put(key(row.key(), cell.columnKey()), cell);
        }
      }
    }
    return new MoneyCells(table, cells, labels);
  }

  static String key(String row, String column) {
    return row + "\u0000" + column;
  }

  Fen amount(String key) {
    TableCell cell = cells.get(key);
    return cell == null ? Fen.ZERO : cell.amount();
  }

  String columnLabel(String column) {
    List<Column> columns = table.columns();
    return columns.stream()
        .filter(c -> c.key().equals(column))
        .map(Column::label)
        .findFirst()
        .orElse(column);
  }

  /** A row's first text: the code and name, or the item of a 收支 row. */
  private static String label(TableRow row) {
    return row.cells().stream()
        .filter(c -> !c.isMoney() && c.text() != null)
        .map(TableCell::text)
        .filter(t -> !t.isBlank())
        .findFirst()
        .orElse(row.key());
  }
}
