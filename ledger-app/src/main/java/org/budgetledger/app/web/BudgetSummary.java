package org.budgetledger.app.web;

import java.time.Instant;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.MoneyUnit;

/**
 * One line of 部门列表: a department budget with its total spending and last change. The total is in
 * {@code unit}, its document's 收支总表's: the column says 万元, so a budget in 元 names its unit.
 */
public record BudgetSummary(
    String budgetId,
    int year,
    String department,
    String departmentName,
    String format,
    int units,
    Fen total,
    int decimals,
    MoneyUnit unit,
    Instant lastChange,
    ReconciliationStatus reconciliation) {
  public String totalText() {
    return unit == MoneyUnit.WAN_YUAN
        ? total.formatWan(decimals)
        : unit.exact(total) + " " + unit.label();
  }

  /** Beijing time to the minute, as the pickers show it. */
  public String lastChangeText() {
    return lastChange == null ? "" : Point.picker(lastChange).replace('T', ' ');
  }
}
