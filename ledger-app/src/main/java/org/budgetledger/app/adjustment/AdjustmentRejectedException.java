package org.budgetledger.app.adjustment;

import org.budgetledger.core.budget.api.BudgetRule;
import org.budgetledger.core.budget.api.BudgetRuleViolation;

/**
 * An entry of an adjustment file broke a rule of the budget. The whole file was rolled back:
 * nothing of it is recorded. The message names the entry's place and the rule.
 */
public class AdjustmentRejectedException extends RuntimeException {
  private final transient FilePlace place;
  private final BudgetRule rule;

  public AdjustmentRejectedException(FilePlace place, BudgetRuleViolation cause) {
    super(place + ": " + cause.getMessage() + " (nothing of the file was recorded)", cause);
    this.place = place;
    this.rule = cause.rule();
  }

  public FilePlace place() {
    return place;
  }

  public BudgetRule rule() {
    return rule;
  }
}
