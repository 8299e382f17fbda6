package org.budgetledger.core.budget.api;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A command broke a rule of the budget; nothing was recorded. The message names the rule and the
 * place (entry, leg, line key, date). A balance rule also gives its {@link Breach} as values, so a
 * page can say it at the offending row, in its own words and units.
 */
public class BudgetRuleViolation extends RuntimeException {
  private final BudgetRule rule;
  private final Breach breach;

  /**
   * Where a balance would fall below zero: the line's or income source's canonical key, the balance
   * it would have in fen, and the first date it would.
   */
  public record Breach(String key, long balanceFen, LocalDate date) {}

  public BudgetRuleViolation(BudgetRule rule, String message) {
    this(rule, message, null);
  }

  public BudgetRuleViolation(BudgetRule rule, String message, Breach breach) {
    super(rule.description() + ": " + message);
    this.rule = rule;
    this.breach = breach;
  }

  public BudgetRule rule() {
    return rule;
  }

  public Optional<Breach> breach() {
    return Optional.ofNullable(breach);
  }
}
