package org.budgetledger.app.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.IncomeKey;
import org.budgetledger.core.model.IncomeLeg;
import org.budgetledger.core.model.LineKey;
import org.budgetledger.core.model.SpendingLeg;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.budget.IncomeBalance;
import org.budgetledger.projections.budget.LineBalance;
import org.budgetledger.projections.entries.PointInTime;
import org.springframework.stereotype.Service;

/**
 * The cells an entry would change, before it is saved: the latest view with the entry's legs
 * added in memory, its tables compared with today's. Nothing is written. The aggregate still
 * decides on saving (a line may not fall below zero at any effective date, which only it knows).
 * The adjustment service (app.adjustment) will offer a preview to every client; until it is merged
 * the form previews here.
 */
@Service
public class EntryPreviews {
  private final BudgetSnapshots snapshots;

  public EntryPreviews(BudgetSnapshots snapshots) {
    this.snapshots = snapshots;
  }

  public List<CellChange> preview(BudgetId id, List<IncomeLeg> income, List<SpendingLeg> spending) {
    BudgetView now = snapshots.view(id, PointInTime.LATEST);
    Map<LineKey, Fen> lines = new LinkedHashMap<>();
    now.lines().forEach(l -> lines.merge(l.key(), l.amount(), Fen::plus));
    spending.forEach(l -> lines.merge(l.key(), l.amount(), Fen::plus));
    Map<IncomeKey, Fen> sources = new LinkedHashMap<>();
    now.income().forEach(l -> sources.merge(l.key(), l.amount(), Fen::plus));
    income.forEach(l -> sources.merge(l.key(), l.amount(), Fen::plus));
    // Zero balances are dropped, as the read model drops them, so both views print alike.
    BudgetView then = new BudgetView(now.header(),
        lines.entrySet().stream().filter(e -> !e.getValue().isZero())
            .map(e -> new LineBalance(e.getKey(), e.getValue())).toList(),
        sources.entrySet().stream().filter(e -> !e.getValue().isZero())
            .map(e -> new IncomeBalance(e.getKey(), e.getValue())).toList(),
        now.tags(), now.projects(), now.departmentPerformance(), now.narrative(), now.names());
    return TableDiff.changes(now.header().format(), now.header().displayDecimals(),
        snapshots.of(now).tables(), snapshots.of(then).tables());
  }
}
