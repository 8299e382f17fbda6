package org.budgetledger.projections.reconciliation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.budgetledger.core.model.DisclosureFormat;
import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.tables.CellSource;
import org.budgetledger.projections.tables.Column;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.RowType;
import org.budgetledger.projections.tables.TableCell;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.TableRow;

/** Hand-made tables: published cells printed on line 10 + row index, rebuilt cells exact. */
final class SmallTables {
  private SmallTables() {}

  static TableCell printed(String column, String wan, int line) {
    int dot = wan.indexOf('.');
    return TableCell.money(
        column,
        Fen.parseWan(wan),
        new CellSource.Printed(line, wan),
        dot < 0 ? 0 : wan.length() - dot - 1);
  }

  /** A cell the document printed empty: zero, at the document's 2 decimals. */
  static TableCell empty(String column, int line) {
    return TableCell.money(column, Fen.ZERO, new CellSource.Printed(line, ""), 2);
  }

  static TableCell exact(String column, String wan) {
    return TableCell.money(column, Fen.parseWan(wan), new CellSource.Fact("test"));
  }

  static TableCell fact(String column, String text) {
    return TableCell.fact(column, text, "test");
  }

  static TableRow row(String key, RowType type, TableCell... cells) {
    List<TableCell> all = new ArrayList<>(List.of(TableCell.text("label", key)));
    all.addAll(Arrays.asList(cells));
    return new TableRow(key, type, all);
  }

  static DisclosureTable table(TableKind kind, TableRow... rows) {
    return new DisclosureTable(
        kind,
        "预算03表",
        kind.chinese(),
        "金额单位：万元",
        List.of(),
        List.of(new Column("label", "项目"), new Column("total", "合计"), new Column("value", "指标值")),
        List.of(rows),
        List.of());
  }

  static TableSet published(List<UnreadableCell> unreadable, DisclosureTable... tables) {
    return new TableSet(DisclosureFormat.DISTRICT, 2, false, byKind(tables), List.of(), unreadable);
  }

  static TableSet rebuilt(DisclosureTable... tables) {
    return new TableSet(DisclosureFormat.DISTRICT, 2, true, byKind(tables), List.of(), List.of());
  }

  private static Map<TableKind, DisclosureTable> byKind(DisclosureTable... tables) {
    Map<TableKind, DisclosureTable> map = new java.util.EnumMap<>(TableKind.class);
    for (DisclosureTable t : tables) {
      map.put(t.kind(), t);
    }
    return map;
  }
}
