package org.budgetledger.app.web;

import java.time.Instant;
import java.util.List;
import org.budgetledger.core.budget.api.BudgetOpenedEvent;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.MoneyUnit;
import org.budgetledger.projections.entries.LedgerQueries;
import org.budgetledger.projections.entries.LegFilter;
import org.budgetledger.projections.entries.PointInTime;
import org.budgetledger.projections.facts.FactTable;
import org.budgetledger.projections.tables.FamilyLayout;
import org.budgetledger.projections.tables.FamilyLayouts;
import org.springframework.stereotype.Service;

/**
 * 部门列表: every budget ever opened, read from the facts and the entries, without building tables (a
 * list of many budgets must stay quick); the reconciliation status is cached per budget, the
 * family's unit per budget ({@link FamilyLayouts}).
 */
@Service
public class BudgetSummaries {
  private final FactTable facts;
  private final LedgerQueries queries;
  private final ReconciliationStatuses reconciliation;
  private final FamilyLayouts layouts;

  public BudgetSummaries(
      FactTable facts,
      LedgerQueries queries,
      ReconciliationStatuses reconciliation,
      FamilyLayouts layouts) {
    this.facts = facts;
    this.queries = queries;
    this.reconciliation = reconciliation;
    this.layouts = layouts;
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
        layouts.of(id).map(FamilyLayout::documentUnit).orElse(MoneyUnit.WAN_YUAN),
        lastChange,
        reconciliation.of(id));
  }
}
