package org.budgetledger.app.importer.published;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.budgetledger.app.importer.document.DisclosureDocument;
import org.budgetledger.app.importer.document.ProcurementRow;
import org.budgetledger.app.importer.document.ProcurementTable;
import org.budgetledger.app.importer.document.PublishedAmount;
import org.budgetledger.app.importer.document.PurchasedServiceRow;
import org.budgetledger.app.importer.document.PurchasedServicesTable;
import org.budgetledger.app.importer.document.ThreePublicExpenses;
import org.budgetledger.core.model.DisclosureFormat;
import org.budgetledger.projections.tables.Column;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.RowType;
import org.budgetledger.projections.tables.TableCell;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.TableRow;

/**
 * 政府采购 (rows by category {@code C-服务}, {@code total}), 政府购买服务 ({@code total}, then the catalogue
 * path joined by {@code |}, {@code #n} for the n-th repeat) and "三公" (one row keyed by the fiscal
 * year) as printed.
 */
final class TagTables {
  private static final String NOT_INVOLVED = "说明：本单位不涉及此项工作内容";

  private TagTables() {}

  static DisclosureTable procurement(DisclosureDocument document, ProcurementTable table) {
    if (table.detailed()) {
      return ProcurementRowsTable.of(document, table);
    }
    int d = document.header().decimals();
    List<TableRow> rows = new ArrayList<>();
    PrintedCells.Keys keys = new PrintedCells.Keys();
    for (ProcurementRow row : table.rows()) {
      String category = row.category().toString();
      rows.add(
          new TableRow(
              keys.unique(category),
              RowType.DETAIL,
              List.of(
                  PrintedCells.label("category", category),
                  PrintedCells.money("amount", row.amount(), d, row.lineNo()))));
    }
    rows.add(
        new TableRow(
            "total",
            RowType.TOTAL,
            List.of(
                PrintedCells.label("category", "合 计"),
                PrintedCells.money("amount", table.total(), d, 0))));
    return PrintedCells.table(
        document,
        table.heading(),
        TableKind.PROCUREMENT,
        PrintedCells.columns("category", "采购类别", "amount", "金额"),
        rows,
        List.of());
  }

  static DisclosureTable services(DisclosureDocument document, PurchasedServicesTable table) {
    boolean district = document.header().format() == DisclosureFormat.DISTRICT;
    int d = document.header().decimals();
    List<TableRow> rows = new ArrayList<>();
    rows.add(
        new TableRow(
            "total",
            RowType.TOTAL,
            serviceCells(
                district, List.of("合 计"), "", PrintedCells.money("amount", table.total(), d, 0))));
    PrintedCells.Keys keys = new PrintedCells.Keys();
    for (PurchasedServiceRow row : table.rows()) {
      List<String> path =
          Stream.of(row.level1(), row.level2(), row.level3())
              .filter(l -> l != null && !l.isBlank())
              .toList();
      rows.add(
          new TableRow(
              keys.unique(String.join("|", path)),
              RowType.DETAIL,
              serviceCells(
                  district,
                  path,
                  row.serviceArea(),
                  PrintedCells.money("amount", row.amount(), d, row.lineNo()))));
    }
    List<Column> columns = PrintedCells.columns("level1", "一级", "level2", "二级", "level3", "三级");
    if (district) {
      columns.add(new Column("serviceArea", "服务领域"));
    }
    columns.add(new Column("amount", "预算金额"));
    return PrintedCells.table(
        document, table.heading(), TableKind.PURCHASED_SERVICES, columns, rows, List.of());
  }

  private static List<TableCell> serviceCells(
      boolean district, List<String> path, String area, TableCell amount) {
    List<TableCell> cells = new ArrayList<>();
    for (int level = 0; level < 3; level++) {
      cells.add(
          PrintedCells.label("level" + (level + 1), level < path.size() ? path.get(level) : ""));
    }
    if (district) {
      cells.add(PrintedCells.label("serviceArea", area == null ? "" : area));
    }
    cells.add(amount);
    return cells;
  }

  static DisclosureTable threePublic(DisclosureDocument document, ThreePublicExpenses table) {
    boolean district = document.header().format() == DisclosureFormat.DISTRICT;
    Integer year = table.year() != null ? table.year() : document.header().fiscalYear();
    String key = year == null ? "year" : year.toString();
    boolean byUnit = !table.units().isEmpty();
    List<Column> columns = new ArrayList<>();
    if (byUnit) {
      columns.add(new Column("unit", "单位名称"));
    }
    if (district) {
      columns.add(new Column("year", "年度"));
    }
    columns.addAll(
        PrintedCells.columns(
            "total", "“三公”经费财政拨款预算总额", "abroad", "因公出国（境）费用", "reception", "公务接待费"));
    if (!district) {
      columns.add(new Column("vehicles", "公务用车购置及运行维护费小计"));
    }
    columns.addAll(
        PrintedCells.columns("vehiclePurchase", "公务用车购置费", "vehicleOperation", "公务用车运行维护费"));
    List<TableRow> rows = new ArrayList<>();
    rows.add(threePublicRow(document, table, key, key, byUnit ? "" : null));
    // a table by unit: each unit's row under the unit's code, as the rebuilt table keys it
    String department = DocumentCodes.departmentCode(document.header());
    for (ThreePublicExpenses unit : table.units()) {
      String code = DocumentCodes.unitCode(department, unit.unit());
      rows.add(threePublicRow(document, unit, code, key, code + "-" + unit.unit().name()));
    }
    // printed by some families only: a table without them has no such column, as before
    List.of("threePublic", "meetings", "training").stream()
        .filter(k -> rows.get(0).cell(k).isPresent())
        .forEach(k -> columns.add(new Column(k, BESIDE_LABELS.get(k))));
    return PrintedCells.table(
        document,
        table.heading(),
        TableKind.THREE_PUBLIC_EXPENSES,
        columns,
        rows,
        table.notApplicable() ? List.of(NOT_INVOLVED) : List.of());
  }

  private static final Map<String, String> BESIDE_LABELS =
      Map.of("threePublic", "“三公”经费小计", "meetings", "会议费", "training", "培训费");

  /** One printed row of the 三公 table; {@code unitLabel} null where the table prints no unit. */
  private static TableRow threePublicRow(
      DisclosureDocument document,
      ThreePublicExpenses table,
      String key,
      String year,
      String unitLabel) {
    boolean district = document.header().format() == DisclosureFormat.DISTRICT;
    int d = document.header().decimals();
    int line = table.lineNo();
    List<TableCell> cells = new ArrayList<>();
    if (unitLabel != null) {
      cells.add(PrintedCells.label("unit", unitLabel));
    }
    if (district) {
      cells.add(PrintedCells.label("year", year));
    }
    cells.add(PrintedCells.money("total", table.total(), d, line));
    cells.add(PrintedCells.money("abroad", table.abroad(), d, line));
    cells.add(PrintedCells.money("reception", table.reception(), d, line));
    if (!district) {
      cells.add(PrintedCells.money("vehicles", table.vehicleSubtotal(), d, line));
    }
    cells.add(PrintedCells.money("vehiclePurchase", table.vehiclePurchase(), d, line));
    cells.add(PrintedCells.money("vehicleOperation", table.vehicleOperation(), d, line));
    beside(cells, "threePublic", table.threePublicSubtotal(), d, line);
    beside(cells, "meetings", table.meetings(), d, line);
    beside(cells, "training", table.training(), d, line);
    return new TableRow(key, RowType.DETAIL, cells);
  }

  private static void beside(
      List<TableCell> cells, String key, PublishedAmount amount, int decimals, int line) {
    if (PublishedAmount.printed(amount)) {
      cells.add(PrintedCells.money(key, amount, decimals, line));
    }
  }
}
