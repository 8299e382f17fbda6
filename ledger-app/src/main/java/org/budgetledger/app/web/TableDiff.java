package org.budgetledger.app.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.budgetledger.core.model.DisclosureFormat;
import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.tables.Column;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.TableCell;
import org.budgetledger.projections.tables.TableNumbering;
import org.budgetledger.projections.tables.TableRow;

/**
 * The money cells that differ between two builds of the same tables, compared by row and column
 * key and by exact amount: a change smaller than the printed decimals is still a change. A row
 * that exists at only one point counts as zero at the other.
 */
final class TableDiff {
  private TableDiff() {}

  static List<CellChange> changes(DisclosureFormat format, int decimals,
      List<DisclosureTable> before, List<DisclosureTable> after) {
    Map<Object, DisclosureTable> old = before.stream()
        .collect(Collectors.toMap(DisclosureTable::kind, t -> t));
    List<CellChange> changes = new ArrayList<>();
    for (DisclosureTable table : after) {
      changes.addAll(changes(format, decimals, old.get(table.kind()), table));
    }
    return changes;
  }

  static List<CellChange> changes(DisclosureFormat format, int decimals, DisclosureTable before,
      DisclosureTable after) {
    Map<String, TableRow> was = byKey(before);
    Map<String, TableRow> now = byKey(after);
    Map<String, TableRow> rows = new LinkedHashMap<>(was);
    rows.putAll(now);
    Map<String, String> labels = after.columns().stream()
        .collect(Collectors.toMap(Column::key, Column::label, (a, b) -> a));
    List<CellChange> changes = new ArrayList<>();
    for (TableRow row : rows.values()) {
      for (TableCell cell : row.cells()) {
        if (!cell.isMoney()) {
          continue;
        }
        Fen old = amount(was.get(row.key()), cell.columnKey());
        Fen current = amount(now.get(row.key()), cell.columnKey());
        if (!old.equals(current)) {
          changes.add(new CellChange(after.kind(), TableNumbering.label(format, after.kind()),
              row.key(), label(row), cell.columnKey(),
              labels.getOrDefault(cell.columnKey(), cell.columnKey()), old, current,
              cell.fixedDecimals() == null ? decimals : cell.fixedDecimals(), cell.source(),
              List.of()));
        }
      }
    }
    return changes;
  }

  /** What a reader calls the row: its printed text cells. */
  static String label(TableRow row) {
    return row.cells().stream().filter(c -> !c.isMoney() && c.text() != null && !c.text().isBlank())
        .map(TableCell::text).collect(Collectors.joining(" / "));
  }

  private static Map<String, TableRow> byKey(DisclosureTable table) {
    Map<String, TableRow> rows = new LinkedHashMap<>();
    table.rows().forEach(r -> rows.put(r.key(), r));
    return rows;
  }

  private static Fen amount(TableRow row, String column) {
    return row == null ? Fen.ZERO : row.cell(column).filter(TableCell::isMoney)
        .map(TableCell::amount).orElse(Fen.ZERO);
  }
}
