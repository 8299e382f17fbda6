package org.budgetledger.projections.tables;

import java.util.List;
import java.util.Optional;

/**
 * A rebuilt disclosure table in the department's numbering and layout: the number ({@code 预算03表}),
 * title, 金额单位, the multi-level header, the leaf columns, the rows and notes (e.g. 说明：本单位不涉及此项工作内容).
 */
public record DisclosureTable(
    TableKind kind,
    String number,
    String title,
    String unitLabel,
    List<List<HeaderCell>> header,
    List<Column> columns,
    List<TableRow> rows,
    List<String> notes) {
  public DisclosureTable {
    header = header.stream().map(List::copyOf).toList();
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    notes = List.copyOf(notes);
  }

  public Optional<TableRow> row(String key) {
    return rows.stream().filter(r -> r.key().equals(key)).findFirst();
  }

  public Optional<TableCell> cell(String rowKey, String columnKey) {
    return row(rowKey).flatMap(r -> r.cell(columnKey));
  }
}
