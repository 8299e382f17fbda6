package org.budgetledger.app.importer.published;

import java.util.ArrayList;
import java.util.List;
import org.budgetledger.app.importer.document.DisclosureDocument;
import org.budgetledger.app.importer.document.GeneralBudgetExpenditure;
import org.budgetledger.app.importer.document.GeneralBudgetRow;
import org.budgetledger.app.importer.document.GeneralBudgetSubtotal;
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
    return build(document, table, TableKind.GENERAL_BUDGET_EXPENDITURE);
  }

  /** A table of this shape of another kind (支出总表 by unit: every fund's spending by unit). */
  static DisclosureTable build(
      DisclosureDocument document, GeneralBudgetExpenditure table, TableKind kind) {
    boolean district = document.header().format() == DisclosureFormat.DISTRICT;
    String department = DocumentCodes.departmentCode(document.header());
    PrintedCells.Keys keys = new PrintedCells.Keys();
    List<TableRow> rows = new ArrayList<>();
    // the 类 and 款 rows where printed, among their items in print order
    List<TableRow> printed = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    for (GeneralBudgetRow row : table.rows()) {
      String unit = unitKey(department, row);
      printed.add(
          row(
              document,
              keys.unique(unit + "|" + row.functionCode()),
              RowType.DETAIL,
              row,
              district,
              unitLabel(unit, row)));
      lines.add(row.lineNo());
    }
    for (GeneralBudgetSubtotal subtotal : table.subtotals()) {
      GeneralBudgetRow row = subtotal.row();
      // the units its items fall in, each a prefix of the rebuilt rows it is compared with
      String units =
          String.join(
              ",", subtotal.items().stream().map(i -> unitKey(department, i)).distinct().toList());
      printed.add(
          row(
              document,
              keys.unique(units + "|" + row.functionCode()),
              RowType.SUBTOTAL,
              row,
              district,
              unitLabel(unitKey(department, row), row)));
      lines.add(row.lineNo());
    }
    java.util.stream.IntStream.range(0, printed.size())
        .boxed()
        .sorted(java.util.Comparator.comparingInt(lines::get))
        .forEach(i -> rows.add(printed.get(i)));
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
    return PrintedCells.table(document, table.heading(), kind, columns, rows, List.of());
  }

  private static String unitKey(String department, GeneralBudgetRow row) {
    return DocumentCodes.unitCode(department, row.unitCode(), row.unitOrdinal());
  }

  private static String unitLabel(String unit, GeneralBudgetRow row) {
    return row.unitName() == null ? unit : unit + "-" + row.unitName();
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
