package org.budgetledger.app.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.commandhandling.CommandExecutionException;
import org.budgetledger.core.budget.api.BudgetRule;
import org.budgetledger.core.budget.api.BudgetRuleViolation;
import org.junit.jupiter.api.Test;

/** The budget rule a command broke, however Axon hands the failure back, and nothing else. */
class RuleViolationsTest {
  private static final BudgetRuleViolation RULE =
      new BudgetRuleViolation(BudgetRule.YEAR_CLOSED, "budget 2026-201");

  @Test
  void aViolationThrownAsItselfIsTheRule() {
    assertThat(RuleViolations.of(RULE)).containsSame(RULE);
  }

  @Test
  void aViolationWrappedByTheGatewayIsTheRule() {
    assertThat(RuleViolations.of(new CommandExecutionException("rejected", RULE)))
        .containsSame(RULE);
  }

  @Test
  void anyOtherFailureIsNoRule() {
    assertThat(
            RuleViolations.of(
                new CommandExecutionException("timeout", new IllegalStateException("no handler"))))
        .isEmpty();
    assertThat(RuleViolations.of(new IllegalStateException("bug", RULE))).isEmpty();
  }
}
