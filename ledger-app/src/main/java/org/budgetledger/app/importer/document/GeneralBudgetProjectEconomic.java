package org.budgetledger.app.importer.document;

import java.util.List;

/**
 * 一般公共预算项目支出表 by 部门经济分类 (Guangzhou's 表7; the 项目支出 column of a table by economic code printing 基本
 * and 项目 side by side): project money of 一般公共预算 by economic code, the finest rows of the printed
 * hierarchy, its 合计 row, and the 类 rows printed above their codes (subtotals, never lines).
 */
public record GeneralBudgetProjectEconomic(
    TableHeading heading,
    List<ProjectEconomicRow> rows,
    ProjectEconomicRow total,
    List<ProjectEconomicRow> subtotals) {
  public GeneralBudgetProjectEconomic {
    rows = List.copyOf(rows);
    subtotals = List.copyOf(subtotals);
  }

  public GeneralBudgetProjectEconomic(
      TableHeading heading, List<ProjectEconomicRow> rows, ProjectEconomicRow total) {
    this(heading, rows, total, List.of());
  }
}
