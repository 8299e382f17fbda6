package org.budgetledger.app.inquiry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.MoneyUnit;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.budget.BudgetViews;
import org.budgetledger.projections.entries.PointInTime;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.TableCell;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.TableRow;
import org.budgetledger.projections.tables.document.DisclosureTables;
import org.springframework.stereotype.Service;

/** The disclosure tables of a department as of a recorded instant and an effective date. */
@Service
public class TableInquiry {
  private final BudgetViews views;
  private final DisclosureTables builders;
  private final PrintedRowKeys printedRows;

  public TableInquiry(BudgetViews views, DisclosureTables builders, PrintedRowKeys printedRows) {
    this.views = views;
    this.builders = builders;
    this.printedRows = printedRows;
  }

  /** The budget as the ledger stood then; missing when it was not yet opened by {@code asOf}. */
  public BudgetView view(BudgetId id, PointInTime at) {
    return views
        .at(id, at)
        .orElseThrow(
            () ->
                new NoSuchElementException("budget " + id + " is not in the ledger (" + at + ")"));
  }

  /** Which table the argument names, in the budget's own numbering. */
  public TableKind kind(BudgetId id, String table) {
    return kind(view(id, PointInTime.LATEST), table);
  }

  private TableKind kind(BudgetView view, String table) {
    return TableNames.kind(view.header().format(), builders.family(view), table);
  }

  /** The tables the budget shows, in its numbering order (a family's budget: the family's). */
  public DepartmentTables tables(BudgetId id, PointInTime at, Progress progress) {
    BudgetView view = view(id, at);
    List<DisclosureTable> tables = new ArrayList<>();
    List<TableKind> ordered = builders.order(view);
    Map<TableKind, List<String>> printed = printedRows.of(view);
    for (TableKind kind : ordered) {
      DisclosureTable table = builders.build(view, kind, printed.getOrDefault(kind, List.of()));
      tables.add(table);
      progress.step(table.number(), tables.size(), ordered.size());
    }
    return set(view, at, tables);
  }

  public DepartmentTables table(BudgetId id, String table, PointInTime at) {
    BudgetView view = view(id, at);
    return set(view, at, List.of(build(view, table)));
  }

  /** The table the argument names, from a view already read. */
  public DisclosureTable build(BudgetView view, String table) {
    return built(view, kind(view, table));
  }

  /**
   * A table with the rows the budget's imported document prints beyond the ledger's own, so that
   * REST, the CLI, the exports and the provenance of a cell show what the page and the 勾稽核对 show.
   */
  private DisclosureTable built(BudgetView view, TableKind kind) {
    return builders.build(view, kind, printedRows.of(view, kind));
  }

  /** The unit of the budget's figures that belong to no one table: its 收支总表's. */
  public MoneyUnit documentUnit(BudgetView view) {
    return builders.documentUnit(view);
  }

  /** One cell, or a not-found error that names the row or column and the table. */
  public static TableCell cell(DisclosureTable table, String rowKey, String columnKey) {
    TableRow row =
        table
            .row(rowKey)
            .orElseThrow(
                () ->
                    new NoSuchElementException(
                        "no row '"
                            + rowKey
                            + "' in "
                            + table.number()
                            + " "
                            + table.title()
                            + "; rows: "
                            + table.rows().stream().limit(12).map(TableRow::key).toList()));
    return row.cell(columnKey)
        .orElseThrow(
            () ->
                new NoSuchElementException(
                    "no column '"
                        + columnKey
                        + "' in row '"
                        + rowKey
                        + "' of "
                        + table.number()
                        + "; columns: "
                        + row.cells().stream().map(TableCell::columnKey).toList()));
  }

  private static DepartmentTables set(
      BudgetView view, PointInTime at, List<DisclosureTable> tables) {
    return new DepartmentTables(
        view.header().id(),
        view.header().departmentName(),
        view.header().displayDecimals(),
        at,
        tables);
  }
}
