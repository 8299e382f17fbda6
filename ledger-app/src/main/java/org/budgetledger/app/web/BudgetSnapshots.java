package org.budgetledger.app.web;

import java.util.NoSuchElementException;
import java.util.Optional;
import org.budgetledger.app.inquiry.PrintedRowKeys;
import org.budgetledger.app.request.Fields;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.MoneyUnit;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.budget.BudgetViews;
import org.budgetledger.projections.entries.PointInTime;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.FamilyLayout;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.document.DisclosureTables;
import org.springframework.stereotype.Service;

/** Builds a budget's tables at a point in time for the pages: the same builders the API uses. */
@Service
public class BudgetSnapshots {
  private final BudgetViews views;
  private final DisclosureTables tables;
  private final PrintedRowKeys printedRows;

  public BudgetSnapshots(BudgetViews views, DisclosureTables tables, PrintedRowKeys printedRows) {
    this.views = views;
    this.tables = tables;
    this.printedRows = printedRows;
  }

  public static BudgetId id(String text) {
    return Fields.read("budgetId", text, BudgetId::parse);
  }

  public BudgetView view(BudgetId id, PointInTime at) {
    return views
        .at(id, at)
        .orElseThrow(() -> new NoSuchElementException("no budget " + id + " " + at));
  }

  /** The budget at a point, empty when it did not exist yet (a date before it was opened). */
  public Optional<BudgetView> find(BudgetId id, PointInTime at) {
    return views.at(id, at);
  }

  public BudgetSnapshot at(BudgetId id, PointInTime at) {
    return of(view(id, at));
  }

  /**
   * The table with the rows the budget's imported document prints beyond the ledger's own, as the
   * reconciliation compares it.
   */
  public DisclosureTable table(BudgetView view, TableKind kind) {
    return tables.build(view, kind, printedRows.of(view, kind));
  }

  /** The unit of its figures that belong to no one table (entries, legs): its 收支总表's. */
  public MoneyUnit documentUnit(BudgetView view) {
    return tables.documentUnit(view);
  }

  /** The family the budget's tables are framed in, empty for the Beijing formats. */
  public Optional<FamilyLayout> family(BudgetView view) {
    return tables.family(view);
  }

  public BudgetSnapshot of(BudgetView view) {
    return new BudgetSnapshot(view, tables.build(view));
  }
}
