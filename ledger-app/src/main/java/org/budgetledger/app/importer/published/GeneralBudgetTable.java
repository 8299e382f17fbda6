package org.budgetledger.app.importer.published;

import java.util.ArrayList;
import java.util.List;
import org.budgetledger.app.importer.document.DisclosureDocument;
import org.budgetledger.app.importer.document.GeneralBudgetExpenditure;
import org.budgetledger.app.importer.document.GeneralBudgetRow;
import org.budgetledger.core.model.DisclosureFormat;
import org.budgetledger.projections.tables.Column;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.RowType;
import org.budgetledger.projections.tables.TableCell;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.TableRow;

/**
 * 一般公共预算(财政拨款)支出表 as printed: rows {@code <unit>|<function>} (a 类 or 款 printed above its items a
 * {@link RowType#SUBTOTAL}) and {@code total}. The unit is the printed code (district) or, for the
 * municipal format's unnamed units, the code the importer registers them under ({@link
 * DocumentCodes#unitCode}).
 */
final class GeneralBudgetTable {
  private GeneralBudgetTable() {}

  static DisclosureTable build(DisclosureDocument document, GeneralBudgetExpenditure table) {
    boolean district = document.header().format() == DisclosureFormat.DISTRICT;
    String department = DocumentCodes.departmentCode(document.header());
    PrintedCells.Keys keys = new PrintedCells.Keys();
    List<TableRow> rows = new ArrayList<>();
    // the 类 and 款 rows where printed, among their items in print order
    List<GeneralBudgetRow> printed = new ArrayList<>(table.rows());
    printed.addAll(table.subtotals());
    printed.sort(java.util.Comparator.comparingInt(GeneralBudgetRow::lineNo));
    for (GeneralBudgetRow row : printed) {
      String unit = DocumentCodes.unitCode(department, row.unitCode(), row.unitOrdinal());
      String label = row.unitName() == null ? unit : unit + "-" + row.unitName();
      rows.add(
          row(
              document,
              keys.unique(unit + "|" + row.functionCode()),
              table.subtotals().contains(row) ? RowType.SUBTOTAL : RowType.DETAIL,
              row,
              district,
              label));
    }
    if (table.total() != null) {
      rows.add(row(document, "total", RowType.TOTAL, table.total(), district, ""));
    }
    List<Column> columns = new ArrayList<>();
    if (district) {
      columns.add(new Column("unit", "单位名称"));
    }
    columns.addAll(
        PrintedCells.columns(
            "functionCode",
            "科目编码",
            "functionName",
            "科目名称",
            "total",
            "合计",
            "basic",
            "基本支出小计",
            "personnel",
            "人员经费",
            "public",
            "公用经费",
            "project",
            "项目支出总数",
            "projectExcludingCapital",
            "扣除基建项目后预算数"));
    return PrintedCells.table(
        document, table.heading(), TableKind.GENERAL_BUDGET_EXPENDITURE, columns, rows, List.of());
  }

  private static TableRow row(
      DisclosureDocument document,
      String key,
      RowType type,
      GeneralBudgetRow row,
      boolean district,
      String unitLabel) {
    int d = document.header().decimals();
    int line = row.lineNo();
    List<TableCell> cells = new ArrayList<>();
    if (district) {
      cells.add(PrintedCells.label("unit", unitLabel));
    }
    cells.add(
        PrintedCells.label("functionCode", row.functionCode() == null ? "" : row.functionCode()));
    cells.add(
        PrintedCells.label(
            "functionName", row.functionName() == null ? "合 计" : row.functionName()));
    cells.add(PrintedCells.money("total", row.total(), d, line));
    cells.add(PrintedCells.money("basic", row.basic(), d, line));
    cells.add(PrintedCells.money("personnel", row.personnel(), d, line));
    cells.add(PrintedCells.money("public", row.publicOperating(), d, line));
    cells.add(PrintedCells.money("project", row.project(), d, line));
    cells.add(
        PrintedCells.money("projectExcludingCapital", row.projectExcludingCapital(), d, line));
    return new TableRow(key, type, cells);
  }
}
