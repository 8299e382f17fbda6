package org.budgetledger.app.web;

import java.util.List;
import org.budgetledger.core.budget.api.BudgetOpenedEvent;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.entries.LedgerQueries;
import org.budgetledger.projections.entries.PointInTime;
import org.budgetledger.projections.facts.FactTable;
import org.budgetledger.projections.tables.LegFilter;
import org.springframework.stereotype.Service;

/**
 * 部门列表: every budget ever opened, read from the facts and the entries, without building tables
 * (a list of many budgets must stay quick).
 */
@Service
public class BudgetSummaries {
  private final FactTable facts;
  private final LedgerQueries queries;

  public BudgetSummaries(FactTable facts, LedgerQueries queries) {
    this.facts = facts;
    this.queries = queries;
  }

  public List<BudgetSummary> all() {
    return facts.budgetIds().stream().map(this::summary).toList();
  }

  private BudgetSummary summary(String key) {
    BudgetOpenedEvent opened = facts.facts(key, BudgetOpenedEvent.class, PointInTime.LATEST)
        .get(0);
    BudgetId id = opened.budgetId();
    Fen total = queries.balances(id, LegFilter.spending(), List.of(), PointInTime.LATEST)
        .stream().map(b -> b.amount()).reduce(Fen.ZERO, Fen::plus);
    return new BudgetSummary(key, id.year().value(), id.department().toString(),
        opened.departmentName(), opened.format().name(), opened.units().size(), total,
        opened.displayDecimals(), facts.lastChange(key));
  }
}
