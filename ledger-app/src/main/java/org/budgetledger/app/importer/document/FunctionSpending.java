package org.budgetledger.app.importer.document;

import java.util.List;

/**
 * A table of spending by 支出功能分类 for one group of funds, as printed (财政拨款支出表, 一般公共预算基本支出表 by
 * function): its 项 rows ({@code rows}), the 类 and 款 rows printed above their items ({@code
 * subtotals}: compared with the ledger's own 类 and 款, never lines), and its 合计 row.
 */
public record FunctionSpending(
    TableHeading heading,
    List<FunctionSpendingRow> rows,
    List<FunctionSpendingRow> subtotals,
    FunctionSpendingRow total) {
  public FunctionSpending {
    rows = List.copyOf(rows);
    subtotals = List.copyOf(subtotals);
  }
}
