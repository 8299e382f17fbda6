package org.budgetledger.app.importer.document;

import java.util.List;

/**
 * 一般公共预算(财政拨款)基本支出表: rows by economic classification, the 合计 row, and the 类 rows printed above
 * their codes (301 工资福利支出 …): subtotals compared with the codes summed, never lines.
 */
public record GeneralBudgetBasic(
    TableHeading heading,
    List<BasicExpenditureRow> rows,
    BasicExpenditureRow total,
    List<BasicExpenditureRow> subtotals) {
  public GeneralBudgetBasic {
    rows = List.copyOf(rows);
    subtotals = List.copyOf(subtotals);
  }

  public GeneralBudgetBasic(
      TableHeading heading, List<BasicExpenditureRow> rows, BasicExpenditureRow total) {
    this(heading, rows, total, List.of());
  }
}
