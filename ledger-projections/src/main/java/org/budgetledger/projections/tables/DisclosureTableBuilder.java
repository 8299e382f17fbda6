package org.budgetledger.projections.tables;

import java.util.List;
import java.util.Optional;
import org.budgetledger.projections.budget.BudgetView;

/** Builds one disclosure table from a budget view, and from nothing else. */
public interface DisclosureTableBuilder {
  TableKind kind();

  DisclosureTable build(BudgetView view);

  /**
   * The table as a family's document prints it where the printed columns change what the ledger
   * holds in it (a 三公 table that also prints 会议费 and 培训费, its 合计 adding them): {@link
   * #build(BudgetView)} for every other table.
   */
  default DisclosureTable build(BudgetView view, FamilyLayout.Frame frame) {
    return build(view);
  }

  /**
   * A row a published document prints that this table does not hold (a 收支总表's 款 and 项 rows),
   * rebuilt over the same legs as its other rows; empty when the table has no such row.
   */
  default Optional<TableRow> printedRow(BudgetView view, String key) {
    return Optional.empty();
  }

  /**
   * The table as the published one arranges rows the builder also has ({@code printedKeys} in
   * printed order), where the arrangement changes a figure: a 收支总表 source printed below 本年收入合计 is
   * not part of it. The table itself when nothing changes.
   */
  default DisclosureTable asPrinted(
      BudgetView view, DisclosureTable table, List<String> printedKeys) {
    return table;
  }
}
