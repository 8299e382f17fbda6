package org.budgetledger.app.importer.published;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.budgetledger.app.importer.document.BasicExpenditureSummary;
import org.budgetledger.app.importer.document.BasicSummaryRow;
import org.budgetledger.app.importer.document.DisclosureDocument;
import org.budgetledger.projections.tables.Column;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.RowType;
import org.budgetledger.projections.tables.TableCell;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.TableRow;
import org.budgetledger.projections.tables.basicexpendituresummary.FundColumns;

/**
 * 基本支出总表 as printed, keyed as the rebuilt table keys it: {@code total}, a unit's code, {@code
 * <unit>|<类>}; a 类 printed under no unit is the department's, {@code all|<类>}.
 */
final class BasicSummaryTable {
  /** The rebuilt table's column keys, in {@link BasicSummaryRow#COLUMNS} order. */
  private static final List<String> KEYS =
      Arrays.stream(FundColumns.values()).map(FundColumns::key).toList();

  private BasicSummaryTable() {}

  static DisclosureTable build(DisclosureDocument document, BasicExpenditureSummary table) {
    PrintedCells.Keys keys = new PrintedCells.Keys();
    List<TableRow> rows = new ArrayList<>();
    if (table.total() != null) {
      rows.add(row(document, "total", RowType.TOTAL, "合计", table.total()));
    }
    for (BasicSummaryRow r : table.rows()) {
      String unit = r.unit() == null ? "all" : r.unit().code();
      if (r.economicClass() == null) {
        rows.add(row(document, keys.unique(unit), RowType.SUBTOTAL, r.unit().name(), r));
      } else {
        String key = keys.unique(unit + "|" + r.economicClass().code());
        rows.add(row(document, key, RowType.DETAIL, r.economicClass().toString(), r));
      }
    }
    List<Column> columns = new ArrayList<>();
    columns.add(new Column("item", "支出项目类别（资金使用单位）"));
    for (int i = 0; i < KEYS.size(); i++) {
      columns.add(new Column(KEYS.get(i), BasicSummaryRow.COLUMNS.get(i)));
    }
    return PrintedCells.table(
        document, table.heading(), TableKind.BASIC_EXPENDITURE_SUMMARY, columns, rows, List.of());
  }

  private static TableRow row(
      DisclosureDocument document, String key, RowType type, String label, BasicSummaryRow row) {
    List<TableCell> cells = new ArrayList<>();
    cells.add(PrintedCells.label("item", label));
    for (int i = 0; i < KEYS.size(); i++) {
      cells.add(
          PrintedCells.money(
              KEYS.get(i), row.figures().get(i), document.header().decimals(), row.lineNo()));
    }
    return new TableRow(key, type, cells);
  }
}
