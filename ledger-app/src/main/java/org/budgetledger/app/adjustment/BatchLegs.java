package org.budgetledger.app.adjustment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetledger.core.budget.api.RecordEntryCommand;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.IncomeEarmark;
import org.budgetledger.core.model.IncomeKey;
import org.budgetledger.core.model.LineKey;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.entries.IncomeBalance;
import org.budgetledger.projections.entries.LedgerQueries;
import org.budgetledger.projections.entries.LegRow;
import org.budgetledger.projections.entries.LineBalance;

/**
 * The net change a batch makes to each line and income source, in memory: an entry's own legs, and
 * for a 冲销 the negated legs of the entry it reverses (from the same batch or the ledger).
 */
final class BatchLegs {
  private final Map<LineKey, Long> lines = new LinkedHashMap<>();
  private final Map<Earmarked, Long> income = new LinkedHashMap<>();

  /** An income source and the earmark of a part of it (null: the rest), balanced apart. */
  private record Earmarked(IncomeKey key, IncomeEarmark earmark) {}

  static BatchLegs of(BudgetId budget, List<AdjustmentEntry> entries, LedgerQueries queries) {
    BatchLegs legs = new BatchLegs();
    Map<String, AdjustmentEntry> byId = new HashMap<>();
    for (AdjustmentEntry e : entries) {
      if (e instanceof AdjustmentEntry.Recorded recorded) {
        RecordEntryCommand entry = recorded.command();
        entry.spendingLegs().forEach(l -> legs.addLine(l.key(), l.amount().value()));
        entry.incomeLegs().forEach(l -> legs.addIncome(l.key(), l.earmark(), l.amount().value()));
      } else if (e instanceof AdjustmentEntry.Reversal reversal) {
        String reversed = reversal.command().reversedEntryId().value();
        if (byId.get(reversed) instanceof AdjustmentEntry.Recorded inBatch) {
          RecordEntryCommand entry = inBatch.command();
          entry.spendingLegs().forEach(l -> legs.addLine(l.key(), -l.amount().value()));
          entry
              .incomeLegs()
              .forEach(l -> legs.addIncome(l.key(), l.earmark(), -l.amount().value()));
        } else {
          for (LegRow row : queries.entry(budget, reversed)) {
            if (row.isSpending()) {
              legs.addLine(row.line(), -row.amountFen());
            } else {
              legs.addIncome(row.income(), row.earmark(), -row.amountFen());
            }
          }
        }
      }
      byId.put(e.entryId().value(), e);
    }
    return legs;
  }

  private void addLine(LineKey key, long fen) {
    lines.merge(key, fen, Math::addExact);
  }

  private void addIncome(IncomeKey key, IncomeEarmark earmark, long fen) {
    income.merge(new Earmarked(key, earmark), fen, Math::addExact);
  }

  /** The view with these changes added; balances that become zero drop out, as in the ledger. */
  BudgetView applyTo(BudgetView view) {
    Map<LineKey, Long> newLines = new LinkedHashMap<>();
    view.lines().forEach(l -> newLines.merge(l.key(), l.amount().value(), Math::addExact));
    lines.forEach((k, v) -> newLines.merge(k, v, Math::addExact));
    Map<Earmarked, Long> newIncome = new LinkedHashMap<>();
    view.income()
        .forEach(
            l ->
                newIncome.merge(
                    new Earmarked(l.key(), l.earmark()), l.amount().value(), Math::addExact));
    income.forEach((k, v) -> newIncome.merge(k, v, Math::addExact));
    List<LineBalance> lineBalances = new ArrayList<>();
    newLines.forEach(
        (k, v) -> {
          if (v != 0) {
            lineBalances.add(new LineBalance(k, Fen.of(v)));
          }
        });
    List<IncomeBalance> incomeBalances = new ArrayList<>();
    newIncome.forEach(
        (k, v) -> {
          if (v != 0) {
            incomeBalances.add(new IncomeBalance(k.key(), Fen.of(v), k.earmark()));
          }
        });
    return new BudgetView(
        view.header(),
        lineBalances,
        incomeBalances,
        view.tags(),
        view.projects(),
        view.departmentPerformance(),
        view.narrative(),
        view.names(),
        view.projectAllocations(),
        view.economicAllocations(),
        view.basicAllocations(),
        view.at());
  }
}
