package org.budgetledger.app.importer.published;

import java.util.ArrayList;
import java.util.List;
import org.budgetledger.app.importer.document.DisclosureDocument;
import org.budgetledger.app.importer.document.ProcurementPaths;
import org.budgetledger.app.importer.document.ProcurementRow;
import org.budgetledger.app.importer.document.ProcurementTable;
import org.budgetledger.app.importer.document.PublishedAmount;
import org.budgetledger.projections.tables.Column;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.RowType;
import org.budgetledger.projections.tables.TableCell;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.TableRow;
import org.budgetledger.projections.tables.procurement.ProcurementBuilder;

/**
 * A 政府采购 table printed row by row, as printed: the 合计, each category, group and item row keyed by
 * its tag path ({@link ProcurementPaths}, {@link ProcurementBuilder#key}), its 金额 and the 资金来源
 * columns that hold money somewhere in the table (a column blank throughout is not rebuilt, as no
 * tag names it).
 */
final class ProcurementRowsTable {
  private ProcurementRowsTable() {}

  static DisclosureTable of(DisclosureDocument document, ProcurementTable table) {
    int d = document.header().decimals();
    List<Integer> funded = new ArrayList<>();
    for (int s = 0; s < table.sources().size(); s++) {
      int column = s;
      if (table.rows().stream().anyMatch(r -> holdsMoney(r.bySource(), column))) {
        funded.add(s);
      }
    }
    List<Column> columns =
        PrintedCells.columns("category", "采购类别", "group", "采购分组", "item", "采购明细", "amount", "金额");
    funded.forEach(
        s ->
            columns.add(
                new Column(
                    ProcurementBuilder.sourceColumn(table.sources().get(s)),
                    table.sources().get(s))));
    List<TableRow> rows = new ArrayList<>();
    rows.add(
        row(
            "total",
            RowType.TOTAL,
            List.of("合 计", "", ""),
            table.total(),
            table.totalBySource(),
            funded,
            table,
            d,
            0));
    List<List<String>> paths = ProcurementPaths.of(table);
    for (int i = 0; i < table.rows().size(); i++) {
      ProcurementRow r = table.rows().get(i);
      List<String> path = paths.get(i);
      List<String> labels = new ArrayList<>(path);
      while (labels.size() < 3) {
        labels.add("");
      }
      rows.add(
          row(
              ProcurementBuilder.key(path),
              path.size() == 3 ? RowType.DETAIL : RowType.SUBTOTAL,
              labels,
              r.amount(),
              r.bySource(),
              funded,
              table,
              d,
              r.lineNo()));
    }
    return PrintedCells.table(
        document, table.heading(), TableKind.PROCUREMENT, columns, rows, List.of());
  }

  private static boolean holdsMoney(List<PublishedAmount> bySource, int s) {
    return s < bySource.size() && bySource.get(s) != null && !bySource.get(s).value().isZero();
  }

  private static TableRow row(
      String key,
      RowType type,
      List<String> labels,
      PublishedAmount amount,
      List<PublishedAmount> bySource,
      List<Integer> funded,
      ProcurementTable table,
      int decimals,
      int line) {
    List<TableCell> cells = new ArrayList<>();
    cells.add(PrintedCells.label("category", labels.get(0)));
    cells.add(PrintedCells.label("group", labels.get(1)));
    cells.add(PrintedCells.label("item", labels.get(2)));
    cells.add(PrintedCells.money("amount", amount, decimals, line));
    for (int s : funded) {
      PublishedAmount figure = s < bySource.size() ? bySource.get(s) : null;
      cells.add(
          PrintedCells.money(
              ProcurementBuilder.sourceColumn(table.sources().get(s)), figure, decimals, line));
    }
    return new TableRow(key, type, cells);
  }
}
