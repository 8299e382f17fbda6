package org.budgetledger.core.budget.api;

/**
 * A command broke a rule of the budget; nothing was recorded. The message names the rule and the
 * place (entry, leg, line key, date).
 */
public class BudgetRuleViolation extends RuntimeException {
  private final BudgetRule rule;

  public BudgetRuleViolation(BudgetRule rule, String message) {
    super(rule.description() + ": " + message);
    this.rule = rule;
  }

  public BudgetRule rule() {
    return rule;
  }
}
