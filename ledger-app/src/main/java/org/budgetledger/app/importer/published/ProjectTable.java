package org.budgetledger.app.importer.published;

import java.util.ArrayList;
import java.util.List;
import org.budgetledger.app.importer.document.DisclosureDocument;
import org.budgetledger.app.importer.document.ProjectExpenditure;
import org.budgetledger.app.importer.document.ProjectExpenditureRow;
import org.budgetledger.projections.tables.Column;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.RowType;
import org.budgetledger.projections.tables.TableCell;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.TableRow;
import org.budgetledger.projections.tables.projectexpenditure.ProjectColumn;

/**
 * 项目支出表 as printed: a row per project ({@code project:<unit>|<name>}, the n-th repeat of a name in
 * a unit {@code #n}), a unit's subtotal ({@code unit:<name>}, {@link RowType#SUBTOTAL}) and the 合计
 * ({@code total}); columns {@code project}, then {@link ProjectColumn#ALL}.
 */
final class ProjectTable {
  private ProjectTable() {}

  static DisclosureTable build(DisclosureDocument document, ProjectExpenditure table) {
    PrintedCells.Keys keys = new PrintedCells.Keys();
    List<TableRow> rows = new ArrayList<>();
    for (ProjectExpenditureRow row : table.rows()) {
      String key =
          row.unitSubtotal()
              ? keys.unique("unit:" + row.unit())
              : keys.unique("project:" + row.unit() + "|" + row.name());
      rows.add(
          row(
              document,
              key,
              row.unitSubtotal() ? RowType.SUBTOTAL : RowType.DETAIL,
              row.unitSubtotal() ? row.unit() : row.name(),
              row));
    }
    if (table.total() != null) {
      rows.add(row(document, "total", RowType.TOTAL, "合 计", table.total()));
    }
    List<Column> columns = new ArrayList<>(List.of(new Column("project", "项目名称")));
    ProjectColumn.ALL.forEach(c -> columns.add(new Column(c.key(), c.header())));
    return PrintedCells.table(
        document, table.heading(), TableKind.PROJECT_EXPENDITURE, columns, rows, List.of());
  }

  private static TableRow row(
      DisclosureDocument document,
      String key,
      RowType type,
      String label,
      ProjectExpenditureRow row) {
    List<TableCell> cells = new ArrayList<>(List.of(PrintedCells.label("project", label)));
    for (ProjectColumn c : ProjectColumn.ALL) {
      cells.add(
          PrintedCells.money(
              c.key(), row.amount(c.key()), document.header().decimals(), row.lineNo()));
    }
    return new TableRow(key, type, cells);
  }
}
