package org.budgetledger.core.budget;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetledger.core.budget.api.BudgetRule;
import org.budgetledger.core.budget.api.BudgetRuleViolation;
import org.budgetledger.core.model.IncomeLeg;
import org.budgetledger.core.model.SpendingLeg;

/** No line and no income source below zero, on the entry's effective date or any date after it. */
final class BalanceRules {
  private BalanceRules() {}

  static void rejectIfAnyLineWouldGoNegative(
      DatedBalances lines, List<SpendingLeg> legs, LocalDate effectiveDate) {
    Map<String, Long> net = new LinkedHashMap<>();
    legs.forEach(l -> net.merge(l.key().canonical(), l.amount().value(), Math::addExact));
    rejectIfBreached(lines, net, effectiveDate, BudgetRule.LINE_BELOW_ZERO, "line");
  }

  static void rejectIfAnyIncomeWouldGoNegative(
      DatedBalances income, List<IncomeLeg> legs, LocalDate effectiveDate) {
    Map<String, Long> net = new LinkedHashMap<>();
    legs.forEach(l -> net.merge(l.key().canonical(), l.amount().value(), Math::addExact));
    rejectIfBreached(income, net, effectiveDate, BudgetRule.INCOME_BELOW_ZERO, "income source");
  }

  private static void rejectIfBreached(
      DatedBalances balances,
      Map<String, Long> net,
      LocalDate effectiveDate,
      BudgetRule rule,
      String what) {
    net.forEach(
        (key, delta) ->
            balances
                .firstBreach(key, effectiveDate, delta)
                .ifPresent(
                    b -> {
                      throw new BudgetRuleViolation(
                          rule,
                          what
                              + " "
                              + key
                              + " would be "
                              + b.balanceFen()
                              + " fen on "
                              + b.date()
                              + " (change of "
                              + delta
                              + " fen effective "
                              + effectiveDate
                              + ")",
                          new BudgetRuleViolation.Breach(key, b.balanceFen(), b.date()));
                    }));
  }
}
