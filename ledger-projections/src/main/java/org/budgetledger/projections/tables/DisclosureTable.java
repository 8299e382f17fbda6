package org.budgetledger.projections.tables;

import java.util.List;
import java.util.Optional;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.MoneyUnit;

/**
 * A rebuilt disclosure table in the department's numbering and layout: the number ({@code 预算03表}),
 * title, 金额单位, the multi-level header, the leaf columns, the rows and notes (e.g. 说明：本单位不涉及此项工作内容).
 * {@code inYuan} and {@code decimals} are the table's own display when its family prints it in 元 or
 * at decimals of its own (a Shanghai table in 元 at 2 places); {@code decimals} null: the
 * document's.
 */
public record DisclosureTable(
    TableKind kind,
    String number,
    String title,
    String unitLabel,
    List<List<HeaderCell>> header,
    List<Column> columns,
    List<TableRow> rows,
    List<String> notes,
    boolean inYuan,
    Integer decimals) {
  public DisclosureTable {
    header = header.stream().map(List::copyOf).toList();
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    notes = List.copyOf(notes);
  }

  /** A table in 万元 at the document's decimals, as the Beijing families print every table. */
  public DisclosureTable(
      TableKind kind,
      String number,
      String title,
      String unitLabel,
      List<List<HeaderCell>> header,
      List<Column> columns,
      List<TableRow> rows,
      List<String> notes) {
    this(kind, number, title, unitLabel, header, columns, rows, notes, false, null);
  }

  /** The same figures in another family's frame: its number, title, unit and decimals. */
  public DisclosureTable framed(String number, String title, boolean inYuan, Integer decimals) {
    String unit = "金额单位：" + (inYuan ? "元" : "万元");
    return new DisclosureTable(
        kind, number, title, unit, header, columns, rows, notes, inYuan, decimals);
  }

  /** The same table with other rows. */
  public DisclosureTable withRows(List<TableRow> other) {
    return new DisclosureTable(
        kind, number, title, unitLabel, header, columns, other, notes, inYuan, decimals);
  }

  /** The unit its money prints in: 元 or 万元. */
  public MoneyUnit unit() {
    return MoneyUnit.of(inYuan);
  }

  /** The decimals its figures print at, given the document's: its own, else the document's. */
  public int decimals(int documentDecimals) {
    return decimals == null ? documentDecimals : decimals;
  }

  /** The decimals a money cell prints at, given the document's. */
  public int decimalsOf(TableCell cell, int documentDecimals) {
    if (cell.fixedDecimals() != null) {
      return cell.fixedDecimals();
    }
    return decimals(documentDecimals);
  }

  /**
   * What the table prints in a cell: its text, or its amount in the table's unit, empty when zero.
   */
  public String display(TableCell cell, int documentDecimals) {
    if (!cell.isMoney()) {
      return cell.text();
    }
    if (cell.amount().isZero()) {
      return "";
    }
    return format(cell.amount(), decimalsOf(cell, documentDecimals));
  }

  /** An amount in the table's unit at {@code places}. */
  public String format(Fen amount, int places) {
    return unit().format(amount, places);
  }

  public Optional<TableRow> row(String key) {
    return rows.stream().filter(r -> r.key().equals(key)).findFirst();
  }

  public Optional<TableCell> cell(String rowKey, String columnKey) {
    return row(rowKey).flatMap(r -> r.cell(columnKey));
  }
}
