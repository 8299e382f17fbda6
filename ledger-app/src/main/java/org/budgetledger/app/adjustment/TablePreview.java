package org.budgetledger.app.adjustment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.budget.BudgetViews;
import org.budgetledger.projections.entries.LedgerQueries;
import org.budgetledger.projections.entries.PointInTime;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.TableCell;
import org.budgetledger.projections.tables.TableRow;
import org.budgetledger.projections.tables.document.DisclosureTables;
import org.springframework.stereotype.Component;

/**
 * Which cells of the 13 disclosure tables a batch would change: the tables of the budget at its
 * latest, and of the same view with the batch's legs added in memory, compared cell by cell.
 * Nothing is written; the figures come from the same builders as the published tables.
 */
@Component
public class TablePreview {
  private final BudgetViews views;
  private final LedgerQueries queries;
  private final DisclosureTables tables;

  public TablePreview(BudgetViews views, LedgerQueries queries, DisclosureTables tables) {
    this.views = views;
    this.queries = queries;
    this.tables = tables;
  }

  public List<CellPreview> changes(BudgetId budget, List<AdjustmentEntry> entries) {
    BudgetView before = views.at(budget, PointInTime.LATEST)
        .orElseThrow(() -> new NoSuchElementException("no budget " + budget));
    BudgetView after = BatchLegs.of(budget, entries, queries).applyTo(before);
    return diff(tables.build(before), tables.build(after));
  }

  static List<CellPreview> diff(List<DisclosureTable> before, List<DisclosureTable> after) {
    List<CellPreview> changes = new ArrayList<>();
    for (int t = 0; t < after.size(); t++) {
      DisclosureTable old = before.get(t);
      DisclosureTable now = after.get(t);
      Map<String, TableRow> oldRows = rows(old);
      Map<String, TableRow> newRows = rows(now);
      Map<String, TableRow> keys = new LinkedHashMap<>(newRows);
      oldRows.forEach(keys::putIfAbsent); // a row the batch empties is a change to zero
      for (String key : keys.keySet()) {
        for (var column : now.columns()) {
          long was = amount(oldRows.get(key), column.key());
          long is = amount(newRows.get(key), column.key());
          if (was != is) {
            changes.add(new CellPreview(now.number(), now.title(), key, column.key(), was, is));
          }
        }
      }
    }
    return changes;
  }

  private static Map<String, TableRow> rows(DisclosureTable table) {
    Map<String, TableRow> rows = new LinkedHashMap<>();
    table.rows().forEach(r -> rows.putIfAbsent(r.key(), r));
    return rows;
  }

  private static long amount(TableRow row, String column) {
    return row == null ? 0 : row.cell(column).filter(TableCell::isMoney).map(TableCell::amount)
        .map(Fen::value).orElse(0L);
  }
}
