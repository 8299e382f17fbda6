package org.budgetledger.app.importer.published;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.budgetledger.app.importer.document.DisclosureDocument;
import org.budgetledger.app.importer.document.FunctionSpending;
import org.budgetledger.app.importer.document.FunctionSpendingRow;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.RowType;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.TableRow;

/**
 * A table of spending by function as printed: rows keyed by their function code in print order, the
 * 类 and 款 rows {@link RowType#SUBTOTAL} (the rebuilt table holds them by the same codes), and
 * {@code total}; columns {@code total}, {@code basic}, {@code personnel}, {@code public}, {@code
 * project}, a column the family does not print left uncompared.
 */
final class FunctionSpendingTables {
  private FunctionSpendingTables() {}

  static DisclosureTable printed(DisclosureDocument d, TableKind kind, FunctionSpending table) {
    PrintedCells.Keys keys = new PrintedCells.Keys();
    List<FunctionSpendingRow> printed = new ArrayList<>(table.rows());
    printed.addAll(table.subtotals());
    printed.sort(Comparator.comparingInt(FunctionSpendingRow::lineNo));
    List<TableRow> rows = new ArrayList<>();
    for (FunctionSpendingRow row : printed) {
      RowType type = table.subtotals().contains(row) ? RowType.SUBTOTAL : RowType.DETAIL;
      rows.add(row(d, keys.unique(row.functionCode()), type, row));
    }
    if (table.total() != null) {
      rows.add(row(d, "total", RowType.TOTAL, table.total()));
    }
    return PrintedCells.table(
        d,
        table.heading(),
        kind,
        PrintedCells.columns(
            "functionCode",
            "科目编码",
            "functionName",
            "科目名称",
            "total",
            "合计",
            "basic",
            "基本支出",
            "personnel",
            "人员经费",
            "public",
            "公用经费",
            "project",
            "项目支出"),
        rows,
        List.of());
  }

  private static TableRow row(
      DisclosureDocument d, String key, RowType type, FunctionSpendingRow row) {
    int decimals = d.header().decimals();
    int line = row.lineNo();
    return new TableRow(
        key,
        type,
        List.of(
            PrintedCells.label(
                "functionCode", row.functionCode() == null ? "" : row.functionCode()),
            PrintedCells.label(
                "functionName", row.functionName() == null ? "合 计" : row.functionName()),
            PrintedCells.money("total", row.total(), decimals, line),
            PrintedCells.money("basic", row.basic(), decimals, line),
            PrintedCells.money("personnel", row.personnel(), decimals, line),
            PrintedCells.money("public", row.publicOperating(), decimals, line),
            PrintedCells.money("project", row.project(), decimals, line)));
  }
}
