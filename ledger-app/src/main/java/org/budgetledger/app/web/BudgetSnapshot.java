package org.budgetledger.app.web;

import java.util.List;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.TableKind;

/** A budget at one point in time and its 13 tables in the department's numbering order. */
public record BudgetSnapshot(BudgetView view, List<DisclosureTable> tables) {
  public DisclosureTable table(TableKind kind) {
    return tables.stream().filter(t -> t.kind() == kind).findFirst().orElseThrow();
  }

  public int decimals() {
    return view.header().displayDecimals();
  }
}
