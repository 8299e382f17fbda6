package org.budgetledger.app.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetledger.app.inquiry.Progress;
import org.budgetledger.app.inquiry.TableInquiry;
import org.budgetledger.app.inquiry.diff.CellChange;
import org.budgetledger.app.inquiry.diff.ChangeSummary;
import org.budgetledger.app.inquiry.diff.DepartmentChanges;
import org.budgetledger.app.inquiry.diff.TableChangeSummary;
import org.budgetledger.app.inquiry.diff.TableDiff;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.budget.BudgetHeader;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.tables.DisclosureTable;
import org.springframework.stereotype.Service;

/**
 * 对比 from the inquiry services, as REST answers it: {@link ChangeSummary} says which of the 13
 * tables changed, {@link TableDiff} gives each changed table's cells and the entries behind them.
 * Only the changed tables are printed, with their changed figures highlighted.
 */
@Service
public class Comparisons {
  private final ChangeSummary summary;
  private final TableDiff diff;
  private final TableInquiry tables;

  public Comparisons(ChangeSummary summary, TableDiff diff, TableInquiry tables) {
    this.summary = summary;
    this.diff = diff;
    this.tables = tables;
  }

  public Comparison compare(BudgetId id, Point from, Point to) {
    DepartmentChanges changed = summary.changes(id, from.at(), to.at(), Progress.NONE);
    BudgetView after = tables.view(id, to.at());
    BudgetHeader header = after.header();
    List<ChangedCell> cells = new ArrayList<>();
    List<RenderedTable> printed = new ArrayList<>();
    for (TableChangeSummary t : changed.tables()) {
      DisclosureTable table = tables.build(after, t.table());
      Map<String, String> labels = new LinkedHashMap<>();
      table.rows().forEach(r -> labels.put(r.key(), RowLabels.of(r)));
      Map<String, Fen> old = new LinkedHashMap<>();
      for (CellChange c : diff.diff(id, t.table(), from.at(), to.at()).changes()) {
        cells.add(
            new ChangedCell(
                table.kind(),
                table.number(),
                labels.getOrDefault(c.row(), c.rowLabel()),
                table.unit(),
                table.decimals(header.displayDecimals()),
                c));
        old.put(ChangedCell.key(c.row(), c.column()), Fen.of(c.oldFen()));
      }
      printed.add(TableRenderer.render(header, table, to, old));
    }
    return new Comparison(header, cells, printed);
  }
}
