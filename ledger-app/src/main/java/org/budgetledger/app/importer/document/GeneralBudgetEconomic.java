package org.budgetledger.app.importer.document;

import java.util.List;

/**
 * 一般公共预算支出表 by economic code (预算21表, Xi'an's 表6): 政府 × 部门经济分类 rows of 合计 / 人员经费 / 公用经费 / 项目支出, the
 * 合计 row, and the 类 rows printed above their codes (subtotals, never lines).
 */
public record GeneralBudgetEconomic(
    TableHeading heading,
    List<EconomicSpendingRow> rows,
    EconomicSpendingRow total,
    List<EconomicSpendingRow> subtotals) {
  public GeneralBudgetEconomic {
    rows = List.copyOf(rows);
    subtotals = List.copyOf(subtotals);
  }
}
