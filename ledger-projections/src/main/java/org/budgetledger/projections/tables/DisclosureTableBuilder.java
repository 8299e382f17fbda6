package org.budgetledger.projections.tables;

import java.util.Optional;
import org.budgetledger.projections.budget.BudgetView;

/** Builds one disclosure table from a budget view, and from nothing else. */
public interface DisclosureTableBuilder {
  TableKind kind();

  DisclosureTable build(BudgetView view);

  /**
   * A row a published document prints that this table does not hold (a 收支总表's 款 and 项 rows),
   * rebuilt over the same legs as its other rows; empty when the table has no such row.
   */
  default Optional<TableRow> printedRow(BudgetView view, String key) {
    return Optional.empty();
  }
}
