package org.budgetledger.app.web;

import java.time.Instant;
import java.util.List;
import org.budgetledger.core.budget.api.BudgetOpenedEvent;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.entries.LedgerQueries;
import org.budgetledger.projections.entries.LegFilter;
import org.budgetledger.projections.entries.PointInTime;
import org.budgetledger.projections.facts.FactTable;
import org.springframework.stereotype.Service;

/**
 * 部门列表: every budget ever opened, read from the facts and the entries, without building tables (a
 * list of many budgets must stay quick); the reconciliation status is cached per budget.
 */
@Service
public class BudgetSummaries {
  private final FactTable facts;
  private final LedgerQueries queries;
  private final ReconciliationStatuses reconciliation;

  public BudgetSummaries(
      FactTable facts, LedgerQueries queries, ReconciliationStatuses reconciliation) {
    this.facts = facts;
    this.queries = queries;
    this.reconciliation = reconciliation;
  }

  public List<BudgetSummary> all() {
    return facts.budgetIds().stream().map(this::summary).toList();
  }

  private BudgetSummary summary(String key) {
    BudgetOpenedEvent opened = facts.facts(key, BudgetOpenedEvent.class, PointInTime.LATEST).get(0);
    BudgetId id = opened.budgetId();
    Fen total =
        queries.balances(id, LegFilter.spending(), List.of(), PointInTime.LATEST).stream()
            .map(b -> b.amount())
            .reduce(Fen.ZERO, Fen::plus);
    Instant lastChange = facts.lastChange(key);
    return new BudgetSummary(
        key,
        id.year().value(),
        id.department().toString(),
        opened.departmentName(),
        opened.format().name(),
        opened.units().size(),
        total,
        opened.displayDecimals(),
        lastChange,
        reconciliation.of(id));
  }
}
