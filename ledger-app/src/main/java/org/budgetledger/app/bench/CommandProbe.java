package org.budgetledger.app.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.budgetledger.app.adjustment.AdjustmentBatch;
import org.budgetledger.app.adjustment.AdjustmentEntry;
import org.budgetledger.app.adjustment.FilePlace;
import org.budgetledger.core.budget.api.RecordEntryCommand;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.Basis;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.EntryId;
import org.budgetledger.core.model.EntryType;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.IncomeKey;
import org.budgetledger.core.model.IncomeLeg;
import org.budgetledger.core.model.LineKey;
import org.budgetledger.core.model.Origin;
import org.budgetledger.core.model.SpendingLeg;
import org.budgetledger.core.model.UnitCode;

/**
 * What a finance bureau clerk waits for before an adjustment is accepted: the budget loaded (from
 * its snapshot and the events after it), the rules checked, the event applied. Timed as a dry run
 * of a 追加 on a random budget, rolled back, so the ledger is left as it was.
 */
final class CommandProbe {
  private final AdjustmentBatch batch;
  private final Random random;

  CommandProbe(AdjustmentBatch batch, long seed) {
    this.batch = batch;
    this.random = new Random(seed);
  }

  Latencies run(List<BudgetId> budgets, int n) {
    Latencies times = new Latencies(n);
    for (int i = 0; i < n; i++) {
      BudgetId budget = budgets.get(random.nextInt(budgets.size()));
      AdjustmentEntry entry =
          AdjustmentEntry.of(new FilePlace("probe", i + 1, 0), supplement(budget));
      long start = System.nanoTime();
      batch.sendAll(List.of(entry), true);
      times.add(System.nanoTime() - start);
    }
    return times;
  }

  private static RecordEntryCommand supplement(BudgetId budget) {
    LineKey line = SeedLines.line(UnitCode.of(budget.department() + "001"), 0);
    Fen amount = Fen.of(100);
    return new RecordEntryCommand(
        budget,
        EntryId.of("probe"),
        EntryType.SUPPLEMENT,
        List.of(
            new IncomeLeg(
                new IncomeKey(line.unit(), line.fundSource(), Origin.CURRENT_YEAR), amount)),
        List.of(new SpendingLeg(line, amount)),
        LocalDate.of(2026, 12, 31),
        new Basis("探测", "探测〔2026〕1号"),
        "追加",
        Actor.of("bench"),
        "probe");
  }
}
