package org.budgetledger.app.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.budgetledger.core.budget.api.BudgetRule;
import org.budgetledger.core.budget.api.BudgetRuleViolation;
import org.junit.jupiter.api.Test;

class ConcurrencyRetryTest {

  private final ConcurrencyRetry retry = new ConcurrencyRetry();
  private final GenericCommandMessage<String> command = new GenericCommandMessage<>("probe");

  @Test
  void sendsAgainACommandThatLostTheRaceForItsBudgetsNextPlace() throws Exception {
    CountDownLatch sentAgain = new CountDownLatch(1);
    RuntimeException lost =
        new CommandExecutionException(
            "append refused", new ConcurrencyException("(budget, 7) was already inserted"));

    assertThat(retry.scheduleRetry(command, lost, failures(1), sentAgain::countDown)).isTrue();
    assertThat(sentAgain.await(5, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void givesUpAfterItsRetries() {
    RuntimeException lost = new ConcurrencyException("(budget, 7) was already inserted");

    assertThat(
            retry.scheduleRetry(
                command, lost, failures(ConcurrencyRetry.MAX_RETRIES + 1), () -> {}))
        .isFalse();
  }

  @Test
  void neverRetriesARuleViolationNorASecondOpening() {
    assertThat(ConcurrencyRetry.lostRace(new BudgetRuleViolation(BudgetRule.YEAR_CLOSED, "closed")))
        .isFalse();
    assertThat(ConcurrencyRetry.lostRace(new AggregateStreamCreationException("opened twice")))
        .isFalse();
    assertThat(ConcurrencyRetry.lostRace(new IllegalStateException("the store is down"))).isFalse();
  }

  @SuppressWarnings("unchecked")
  private static List<Class<? extends Throwable>[]> failures(int count) {
    List<Class<? extends Throwable>[]> failures = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      failures.add(new Class[] {ConcurrencyException.class});
    }
    return failures;
  }
}
