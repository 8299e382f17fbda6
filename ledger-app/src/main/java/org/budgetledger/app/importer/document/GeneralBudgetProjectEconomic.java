package org.budgetledger.app.importer.document;

import java.util.List;

/**
 * 一般公共预算项目支出表 by 部门经济分类 (Guangzhou's 表7): project money of 一般公共预算 by economic code, the finest rows
 * of the printed hierarchy, and its 合计 row.
 */
public record GeneralBudgetProjectEconomic(
    TableHeading heading, List<ProjectEconomicRow> rows, ProjectEconomicRow total) {
  public GeneralBudgetProjectEconomic {
    rows = List.copyOf(rows);
  }
}
