package org.budgetledger.app.importer.published;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.budgetledger.app.importer.document.DisclosureDocument;
import org.budgetledger.app.importer.document.IncomeColumn;
import org.budgetledger.app.importer.document.IncomeSummary;
import org.budgetledger.app.importer.document.IncomeSummaryRow;
import org.budgetledger.core.model.DisclosureFormat;
import org.budgetledger.projections.tables.Column;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.PrintedBalanceRows;
import org.budgetledger.projections.tables.RowType;
import org.budgetledger.projections.tables.TableCell;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.TableRow;

/**
 * 收入总表 as printed: district rows keyed by the printed department code (a 小计 row) and unit codes,
 * and {@code total}; the municipal prints its 合计 only. A family's rows by 功能分类科目 are keyed {@code
 * spendingDetail:<code>} as a balance sheet's 款 and 项 rows are, each labelled with its code and
 * name. Columns {@code total}, {@code currentYear}, the fund sources by name, {@code carryOver},
 * {@code carryOver:<type>}, and where the table prints them {@code GENERAL_BUDGET:SPECIAL_FUNDS},
 * {@code REAL_ACCOUNT_BALANCE} and {@code fiscal} (财政拨款).
 */
final class IncomeTable {
  private IncomeTable() {}

  static DisclosureTable build(DisclosureDocument document, IncomeSummary table) {
    boolean district = document.header().format() == DisclosureFormat.DISTRICT;
    String department = document.header().departmentCode();
    List<TableRow> rows = new ArrayList<>();
    for (IncomeSummaryRow row : table.rows()) {
      RowType type =
          row.code() != null && row.code().equals(department) ? RowType.SUBTOTAL : RowType.DETAIL;
      rows.add(row(document, row.code(), type, row, district, beyond(table)));
    }
    if (table.total() != null) {
      rows.add(row(document, "total", RowType.TOTAL, table.total(), district, beyond(table)));
    }
    boolean byFunction = !table.functionRows().isEmpty();
    for (IncomeSummaryRow row : table.functionRows()) {
      rows.add(
          row(
              document,
              PrintedBalanceRows.DETAIL + row.code(),
              RowType.DETAIL,
              row,
              true,
              beyond(table)));
    }
    List<Column> columns = new ArrayList<>();
    if (district || byFunction) {
      columns.addAll(PrintedCells.columns("code", "部门(单位)代码", "name", "部门(单位)名称"));
    }
    columns.add(new Column("total", "合计"));
    Set<IncomeColumn> beyond = beyond(table);
    for (IncomeColumn column : IncomeColumn.printed()) {
      if (IncomeColumn.BEYOND.contains(column) && !beyond.contains(column)) {
        // a column only a family that prints it has: any other 收入总表 stays as it was
        continue;
      }
      columns.add(new Column(key(column), column.chinese()));
    }
    return PrintedCells.table(
        document, table.heading(), TableKind.INCOME_SUMMARY, columns, rows, List.of());
  }

  private static TableRow row(
      DisclosureDocument document,
      String key,
      RowType type,
      IncomeSummaryRow row,
      boolean labelled,
      Set<IncomeColumn> beyond) {
    int decimals = document.header().decimals();
    List<TableCell> cells = new ArrayList<>();
    if (labelled) {
      cells.add(PrintedCells.label("code", row.code() == null ? "合 计" : row.code()));
      cells.add(PrintedCells.label("name", row.code() == null ? "" : row.name()));
    }
    cells.add(PrintedCells.money("total", row.total(), decimals, row.lineNo()));
    for (IncomeColumn column : IncomeColumn.printed()) {
      if (IncomeColumn.BEYOND.contains(column) && !beyond.contains(column)) {
        continue;
      }
      cells.add(PrintedCells.money(key(column), row.amount(column), decimals, row.lineNo()));
    }
    return new TableRow(key, type, cells);
  }

  /**
   * The columns beyond the 15 that some row prints (其中：专项资金列入部门预算的项目, 上年实户资金余额, 财政拨款: columns only
   * some families have).
   */
  private static Set<IncomeColumn> beyond(IncomeSummary table) {
    List<IncomeSummaryRow> all = new ArrayList<>(table.rows());
    if (table.total() != null) {
      all.add(table.total());
    }
    Set<IncomeColumn> printed = EnumSet.noneOf(IncomeColumn.class);
    for (IncomeColumn column : IncomeColumn.BEYOND) {
      if (all.stream().anyMatch(r -> r.amount(column) != null)) {
        printed.add(column);
      }
    }
    return printed;
  }

  /** The builder's column key of a printed column. */
  static String key(IncomeColumn column) {
    return switch (column) {
      case THIS_YEAR_SUBTOTAL -> "currentYear";
      case CARRY_OVER_SUBTOTAL -> "carryOver";
      case GENERAL_BUDGET_SPECIAL_FUNDS -> "GENERAL_BUDGET:SPECIAL_FUNDS";
      case FISCAL_SUBTOTAL -> "fiscal";
      default ->
          column.name().startsWith("CARRY_OVER_")
              ? "carryOver:" + column.name().substring("CARRY_OVER_".length())
              : column.name();
    };
  }
}
