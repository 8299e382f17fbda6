package org.budgetledger.projections.tables;

import org.budgetledger.projections.budget.BudgetView;

/** Builds one disclosure table from a budget view, and from nothing else. */
public interface DisclosureTableBuilder {
  TableKind kind();

  DisclosureTable build(BudgetView view);
}
