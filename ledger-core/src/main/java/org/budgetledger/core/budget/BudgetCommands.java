package org.budgetledger.core.budget;

import org.budgetledger.core.budget.api.BudgetRule;
import org.budgetledger.core.budget.api.BudgetRuleViolation;
import org.budgetledger.core.budget.api.OpenBudgetCommand;

/** Completeness checks of commands whose records cannot validate themselves. */
final class BudgetCommands {
  private BudgetCommands() {}

  static void rejectIfIncomplete(OpenBudgetCommand c) {
    if (c.departmentName() == null || c.departmentName().isBlank()) {
      throw new BudgetRuleViolation(BudgetRule.INVALID_INPUT, "departmentName is blank");
    }
    if (c.format() == null) {
      throw new BudgetRuleViolation(BudgetRule.INVALID_INPUT, "format is missing");
    }
    if (c.units() == null || c.units().isEmpty()) {
      throw new BudgetRuleViolation(BudgetRule.INVALID_INPUT, "a budget needs at least one unit");
    }
    if (c.displayDecimals() < 0 || c.displayDecimals() > 6) {
      throw new BudgetRuleViolation(
          BudgetRule.INVALID_INPUT, "displayDecimals must be 0 to 6, was " + c.displayDecimals());
    }
    if (c.basis() == null || c.actor() == null || c.effectiveDate() == null) {
      throw new BudgetRuleViolation(
          BudgetRule.INVALID_INPUT, "basis, actor and effectiveDate are required");
    }
  }
}
