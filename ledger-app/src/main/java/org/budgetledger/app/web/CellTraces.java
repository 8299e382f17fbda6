package org.budgetledger.app.web;

import java.util.List;
import java.util.NoSuchElementException;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.entries.LedgerQueries;
import org.budgetledger.projections.entries.LegRow;
import org.budgetledger.projections.tables.CellSource;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.TableCell;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.TableNumbering;
import org.budgetledger.projections.tables.TableRow;
import org.springframework.stereotype.Service;

/**
 * Finds a cell in the table rebuilt at a point in time and the legs its source selects at the same
 * point: the same {@link org.budgetledger.projections.tables.LegFilter} sums the cell and selects
 * its legs, so the two must agree, and this checks that they do.
 */
@Service
public class CellTraces {
  private final BudgetSnapshots snapshots;
  private final LedgerQueries queries;

  public CellTraces(BudgetSnapshots snapshots, LedgerQueries queries) {
    this.snapshots = snapshots;
    this.queries = queries;
  }

  public CellTraceView trace(BudgetId id, TableKind kind, String rowKey, String columnKey,
      Point point) {
    BudgetView view = snapshots.view(id, point.at());
    DisclosureTable table = snapshots.table(view, kind);
    TableRow row = table.row(rowKey).orElseThrow(() -> new NoSuchElementException(
        "no row " + rowKey + " in " + kind.chinese() + " " + point.at()));
    TableCell cell = row.cell(columnKey).filter(TableCell::isMoney)
        .orElseThrow(() -> new NoSuchElementException("no figure in column " + columnKey
            + " of row " + rowKey + " in " + kind.chinese()));
    int decimals = cell.fixedDecimals() == null ? view.header().displayDecimals()
        : cell.fixedDecimals();
    String column = table.columns().stream().filter(c -> c.key().equals(columnKey))
        .map(c -> c.label()).findFirst().orElse(columnKey);
    List<LegRow> legs = List.of();
    String sourceKind = "layout";
    String note = "";
    if (cell.source() instanceof CellSource.Legs l) {
      sourceKind = "legs";
      legs = queries.legs(id, l.filter(), point.at());
    } else if (cell.source() instanceof CellSource.Tags t) {
      sourceKind = "tags";
      note = t.kind() + "：" + String.join(" / ", t.pathPrefix());
    } else if (cell.source() instanceof CellSource.Fact f) {
      sourceKind = "fact";
      note = f.description();
    }
    CellHistory history = CellHistory.of(legs);
    rejectIfLegsDisagreeWithCell(cell, sourceKind, history, rowKey, kind);
    return new CellTraceView(view.header(), kind.name(),
        TableNumbering.label(view.header().format(), kind), table.title(), TableDiff.label(row),
        column, cell.amount().formatWan(decimals), cell.amount().formatWan(6), sourceKind, note,
        legs.stream().map(LegView::of).toList(), history);
  }

  /** A cell that differs from the sum of its own legs is a bug in a table builder: say so loudly. */
  private static void rejectIfLegsDisagreeWithCell(TableCell cell, String sourceKind,
      CellHistory history, String rowKey, TableKind kind) {
    if (sourceKind.equals("legs") && !history.value().equals(cell.amount())) {
      throw new IllegalStateException(kind.chinese() + " row " + rowKey + " column "
          + cell.columnKey() + " shows " + cell.amount() + " but its legs sum to "
          + history.value());
    }
  }
}
