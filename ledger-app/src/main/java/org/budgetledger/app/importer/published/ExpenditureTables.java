package org.budgetledger.app.importer.published;

import java.util.ArrayList;
import java.util.List;
import org.budgetledger.app.importer.document.BasicExpenditureRow;
import org.budgetledger.app.importer.document.DisclosureDocument;
import org.budgetledger.app.importer.document.EconomicSpendingRow;
import org.budgetledger.app.importer.document.ExpenditureSummary;
import org.budgetledger.app.importer.document.ExpenditureSummaryRow;
import org.budgetledger.app.importer.document.FunctionExpenditureRow;
import org.budgetledger.app.importer.document.FunctionExpenditureTable;
import org.budgetledger.app.importer.document.GeneralBudgetBasic;
import org.budgetledger.app.importer.document.GeneralBudgetEconomic;
import org.budgetledger.app.importer.document.GeneralBudgetProjectEconomic;
import org.budgetledger.app.importer.document.ProjectEconomicRow;
import org.budgetledger.core.model.DisclosureFormat;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.RowType;
import org.budgetledger.projections.tables.TableCell;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.TableRow;

/**
 * 支出总表 ({@code <function>|<gov>|<dept>}, a 类 or 款 printed above its items a {@link
 * RowType#SUBTOTAL} {@code <function>|-|-}), 基本支出表 ({@code <gov>|<dept>}) and the 政府性基金 / 国有资本经营
 * tables ({@code <function>}, a 类 or 款 above its items a {@link RowType#SUBTOTAL}) as printed, each
 * with {@code total}. A key printed twice gets {@code #2}: the builders never make one, so the
 * repeat shows as not in the rebuilt table.
 */
final class ExpenditureTables {
  private ExpenditureTables() {}

  static DisclosureTable summary(DisclosureDocument document, ExpenditureSummary table) {
    PrintedCells.Keys keys = new PrintedCells.Keys();
    List<TableRow> rows = new ArrayList<>();
    // lines and the 类/款 subtotals together in print order
    List<ExpenditureSummaryRow> printed = new ArrayList<>(table.rows());
    printed.addAll(table.subtotals());
    printed.sort(java.util.Comparator.comparingInt(ExpenditureSummaryRow::lineNo));
    for (ExpenditureSummaryRow row : printed) {
      rows.add(
          summaryRow(
              document,
              keys.unique(
                  row.function().code()
                      + "|"
                      + (row.govEconomic() == null ? "-" : row.govEconomic().code())
                      + "|"
                      + (row.deptEconomic() == null ? "-" : row.deptEconomic().code())),
              table.subtotals().contains(row) ? RowType.SUBTOTAL : RowType.DETAIL,
              row));
    }
    if (table.total() != null) {
      rows.add(summaryRow(document, "total", RowType.TOTAL, table.total()));
    }
    return PrintedCells.table(
        document,
        table.heading(),
        TableKind.EXPENDITURE_SUMMARY,
        PrintedCells.columns(
            "function",
            "支出功能分类科目",
            "govEconomic",
            "政府支出经济分类科目",
            "deptEconomic",
            "部门支出经济分类科目",
            "total",
            "合计",
            "basic",
            "基本支出",
            "project",
            "项目支出",
            "operating",
            "事业单位经营支出",
            "remitted",
            "上缴上级支出",
            "affiliateSubsidy",
            "对附属单位补助支出"),
        rows,
        List.of());
  }

  private static TableRow summaryRow(
      DisclosureDocument document, String key, RowType type, ExpenditureSummaryRow row) {
    int d = document.header().decimals();
    int line = row.lineNo();
    return new TableRow(
        key,
        type,
        List.of(
            PrintedCells.label(
                "function", row.function() == null ? "合 计" : row.function().toString()),
            PrintedCells.label(
                "govEconomic", row.govEconomic() == null ? "" : row.govEconomic().toString()),
            PrintedCells.label(
                "deptEconomic", row.deptEconomic() == null ? "" : row.deptEconomic().toString()),
            PrintedCells.money("total", row.total(), d, line),
            PrintedCells.money("basic", row.basic(), d, line),
            PrintedCells.money("project", row.project(), d, line),
            PrintedCells.money("operating", row.businessOperation(), d, line),
            PrintedCells.money("remitted", row.remittedToSuperior(), d, line),
            PrintedCells.money("affiliateSubsidy", row.subsidyToAffiliates(), d, line)));
  }

  static DisclosureTable basic(DisclosureDocument document, GeneralBudgetBasic table) {
    return basic(document, table, TableKind.GENERAL_BUDGET_BASIC);
  }

  /**
   * 一般公共预算 spending of every kind by economic code ({@code <gov>|<dept>}, {@code total}) as
   * printed: the 基本支出表's columns, its 合计 holding 项目支出 too; its 项目支出 column is compared in the 项目支出
   * table by economic code, printed from the same columns.
   */
  static DisclosureTable allKinds(DisclosureDocument document, GeneralBudgetEconomic table) {
    return basic(
        document,
        new GeneralBudgetBasic(
            table.heading(),
            table.rows().stream().map(EconomicSpendingRow::codes).toList(),
            table.total() == null ? null : table.total().codes(),
            table.subtotals().stream().map(EconomicSpendingRow::codes).toList()),
        TableKind.GENERAL_BUDGET_ECONOMIC);
  }

  /** A 基本支出表 by economic code of {@code kind} (一般公共预算's or 财政拨款's) as printed. */
  static DisclosureTable basic(
      DisclosureDocument document, GeneralBudgetBasic table, TableKind kind) {
    PrintedCells.Keys keys = new PrintedCells.Keys();
    List<TableRow> rows = new ArrayList<>();
    // lines and the 类 subtotals together in print order; a 类 is keyed by its code, with the 政府 类
    // it is printed beside where the table pairs them (Yantai: 301 under 501 and again under 505)
    List<BasicExpenditureRow> printed = new ArrayList<>(table.rows());
    printed.addAll(table.subtotals());
    printed.sort(java.util.Comparator.comparingInt(BasicExpenditureRow::lineNo));
    for (BasicExpenditureRow row : printed) {
      boolean subtotal = table.subtotals().contains(row);
      rows.add(
          basicRow(
              document,
              kind,
              keys.unique(
                  (row.govEconomic() == null ? "-" : row.govEconomic().code())
                      + "|"
                      + row.deptEconomic().code()),
              subtotal ? RowType.SUBTOTAL : RowType.DETAIL,
              row));
    }
    if (table.total() != null) {
      rows.add(basicRow(document, kind, "total", RowType.TOTAL, table.total()));
    }
    return PrintedCells.table(
        document, table.heading(), kind, PrintedCells.columns(basicColumns(kind)), rows, List.of());
  }

  /** A table by economic code's columns; 预算19表 adds 一般公共预算's part and every source's money. */
  private static String[] basicColumns(TableKind kind) {
    List<String> keyLabel =
        new ArrayList<>(
            List.of(
                "govEconomic",
                "政府支出经济分类科目",
                "deptEconomic",
                "部门支出经济分类科目",
                "total",
                "合计",
                "personnel",
                "人员经费",
                "public",
                "公用经费"));
    if (kind == TableKind.FISCAL_APPROPRIATION_BASIC) {
      keyLabel.addAll(List.of("generalBudget", "一般公共预算", "everyFund", "各项资金"));
    }
    return keyLabel.toArray(String[]::new);
  }

  private static TableRow basicRow(
      DisclosureDocument document,
      TableKind kind,
      String key,
      RowType type,
      BasicExpenditureRow row) {
    int d = document.header().decimals();
    List<TableCell> cells =
        new ArrayList<>(
            List.of(
                PrintedCells.label(
                    "govEconomic", row.govEconomic() == null ? "" : row.govEconomic().toString()),
                PrintedCells.label(
                    "deptEconomic",
                    row.deptEconomic() == null ? "合 计" : row.deptEconomic().toString()),
                PrintedCells.money("total", row.total(), d, row.lineNo()),
                PrintedCells.money("personnel", row.personnel(), d, row.lineNo()),
                PrintedCells.money("public", row.publicOperating(), d, row.lineNo())));
    // 财政拨款's table of every source (FiscalAppropriationBasicBuilder): its 一般公共预算 part and
    // every source's money, not printed where the table prints neither
    if (kind == TableKind.FISCAL_APPROPRIATION_BASIC) {
      cells.add(PrintedCells.money("generalBudget", row.generalBudget(), d, row.lineNo()));
      cells.add(PrintedCells.money("everyFund", row.everyFund(), d, row.lineNo()));
    }
    return new TableRow(key, type, cells);
  }

  /** 一般公共预算项目支出表 by economic code ({@code <dept>}, {@code total}) as printed. */
  static DisclosureTable projectEconomic(
      DisclosureDocument document, GeneralBudgetProjectEconomic table) {
    PrintedCells.Keys keys = new PrintedCells.Keys();
    List<TableRow> rows = new ArrayList<>();
    List<ProjectEconomicRow> printed = new ArrayList<>(table.rows());
    printed.addAll(table.subtotals());
    printed.sort(java.util.Comparator.comparingInt(ProjectEconomicRow::lineNo));
    for (ProjectEconomicRow row : printed) {
      rows.add(
          projectEconomicRow(
              document,
              keys.unique(row.deptEconomic().code()),
              table.subtotals().contains(row) ? RowType.SUBTOTAL : RowType.DETAIL,
              row));
    }
    if (table.total() != null) {
      rows.add(projectEconomicRow(document, "total", RowType.TOTAL, table.total()));
    }
    return PrintedCells.table(
        document,
        table.heading(),
        TableKind.GENERAL_BUDGET_PROJECT_ECONOMIC,
        PrintedCells.columns("deptEconomic", "部门支出经济分类科目", "total", "预算数"),
        rows,
        List.of());
  }

  private static TableRow projectEconomicRow(
      DisclosureDocument document, String key, RowType type, ProjectEconomicRow row) {
    return new TableRow(
        key,
        type,
        List.of(
            PrintedCells.label(
                "deptEconomic", row.deptEconomic() == null ? "合 计" : row.deptEconomic().toString()),
            PrintedCells.money("total", row.total(), document.header().decimals(), row.lineNo())));
  }

  static DisclosureTable byFunction(
      DisclosureDocument document, FunctionExpenditureTable table, TableKind kind) {
    boolean district = document.header().format() == DisclosureFormat.DISTRICT;
    PrintedCells.Keys keys = new PrintedCells.Keys();
    List<TableRow> rows = new ArrayList<>();
    // lines and the 类/款 subtotals together in print order
    List<FunctionExpenditureRow> printed = new ArrayList<>(table.rows());
    printed.addAll(table.subtotals());
    printed.sort(java.util.Comparator.comparingInt(FunctionExpenditureRow::lineNo));
    for (FunctionExpenditureRow row : printed) {
      RowType type = table.subtotals().contains(row) ? RowType.SUBTOTAL : RowType.DETAIL;
      rows.add(functionRow(document, keys.unique(row.functionCode()), type, row, district));
    }
    if (table.total() != null) {
      rows.add(functionRow(document, "total", RowType.TOTAL, table.total(), district));
    }
    List<String> notes = table.notApplicable() ? List.of("说明：本单位不涉及此项工作内容") : List.of();
    return PrintedCells.table(
        document,
        table.heading(),
        kind,
        district
            ? PrintedCells.columns(
                "function", "支出功能分类科目", "total", "合计", "basic", "基本支出", "project", "项目支出")
            : PrintedCells.columns(
                "functionCode",
                "科目编码",
                "functionName",
                "科目名称",
                "total",
                "合计",
                "basic",
                "基本支出",
                "project",
                "项目支出"),
        rows,
        notes);
  }

  private static TableRow functionRow(
      DisclosureDocument document,
      String key,
      RowType type,
      FunctionExpenditureRow row,
      boolean district) {
    int d = document.header().decimals();
    String code = row.functionCode() == null ? "" : row.functionCode();
    String name = row.functionName() == null ? "合 计" : row.functionName();
    List<TableCell> cells =
        new ArrayList<>(
            district
                ? List.of(PrintedCells.label("function", code.isEmpty() ? name : code + "-" + name))
                : List.of(
                    PrintedCells.label("functionCode", code),
                    PrintedCells.label("functionName", name)));
    cells.add(PrintedCells.money("total", row.total(), d, row.lineNo()));
    cells.add(PrintedCells.money("basic", row.basic(), d, row.lineNo()));
    cells.add(PrintedCells.money("project", row.project(), d, row.lineNo()));
    return new TableRow(key, type, cells);
  }
}
