package org.budgetledger.app.store;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.budgetledger.app.command.LedgerCommands;
import org.budgetledger.core.budget.api.BudgetRuleViolation;
import org.budgetledger.core.model.BudgetId;

/**
 * Two writers on one budget at once: one adds 1.00 to 办公费 again and again, the other takes 1.50
 * away; the taker must be refused when the line would go below zero.
 */
final class ConcurrentWriters {
  private final LedgerCommands commands;
  private final BudgetId budget;

  ConcurrentWriters(LedgerCommands commands, BudgetId budget) {
    this.commands = commands;
    this.budget = budget;
  }

  record Outcome(
      List<String> accepted,
      List<String> rejected,
      long acceptedSupplements,
      long acceptedReductions) {}

  Outcome run(int threadsPerSide, int entriesPerThread) throws InterruptedException {
    List<String> accepted = new CopyOnWriteArrayList<>();
    List<String> rejected = new CopyOnWriteArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(threadsPerSide * 2);
    CountDownLatch start = new CountDownLatch(1);
    for (int t = 0; t < threadsPerSide * 2; t++) {
      boolean adds = t % 2 == 0;
      String prefix = (adds ? "add-" : "take-") + t + "-";
      pool.submit(
          () -> {
            start.await();
            for (int i = 0; i < entriesPerThread; i++) {
              String id = prefix + i;
              try {
                commands.send(
                    adds
                        ? LedgerTestData.supplement(budget, id, "1.00", LocalDate.of(2026, 4, 1))
                        : LedgerTestData.reduction(budget, id, "1.50", LocalDate.of(2026, 4, 1)));
                accepted.add(id);
              } catch (BudgetRuleViolation e) {
                rejected.add(id);
              }
            }
            return null;
          });
    }
    start.countDown();
    pool.shutdown();
    if (!pool.awaitTermination(2, TimeUnit.MINUTES)) {
      throw new IllegalStateException("writers did not finish");
    }
    long adds = accepted.stream().filter(id -> id.startsWith("add-")).count();
    return new Outcome(accepted, rejected, adds, accepted.size() - adds);
  }
}
