package org.budgetledger.app.web;

import java.time.Instant;
import org.budgetledger.core.model.Fen;

/** One line of 部门列表: a department budget with its total spending and last change. */
public record BudgetSummary(
    String budgetId,
    int year,
    String department,
    String departmentName,
    String format,
    int units,
    Fen total,
    int decimals,
    Instant lastChange,
    ReconciliationStatus reconciliation) {
  public String totalText() {
    return total.formatWan(decimals);
  }

  /** Beijing time to the minute, as the pickers show it. */
  public String lastChangeText() {
    return lastChange == null ? "" : Point.picker(lastChange).replace('T', ' ');
  }
}
