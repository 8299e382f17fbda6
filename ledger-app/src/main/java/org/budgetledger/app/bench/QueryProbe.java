package org.budgetledger.app.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.budget.BudgetViews;
import org.budgetledger.projections.entries.LedgerQueries;
import org.budgetledger.projections.entries.LegFilter;
import org.budgetledger.projections.entries.PointInTime;
import org.budgetledger.projections.tables.CellSource;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.document.DisclosureTables;

/**
 * The two questions auditors ask, timed at random points in time: a disclosure table of a random
 * budget as recorded at a random instant and effective on a random date (the view and the table),
 * and the trace of a random cell of it (the legs behind the cell).
 */
final class QueryProbe {
  private final BudgetViews views;
  private final DisclosureTables tables;
  private final LedgerQueries queries;
  private final Random random;

  QueryProbe(BudgetViews views, DisclosureTables tables, LedgerQueries queries, long seed) {
    this.views = views;
    this.tables = tables;
    this.queries = queries;
    this.random = new Random(seed);
  }

  private record Cell(BudgetId budget, LegFilter filter, PointInTime at) {}

  /**
   * Times {@code n} tables of budgets recorded between their opening and {@code to}, then a trace
   * of a random money cell of each; returns {tables, traces}.
   */
  Latencies[] run(Map<String, Instant> opened, Instant to, int n) {
    List<String> budgets = List.copyOf(opened.keySet());
    Latencies tableTimes = new Latencies(n);
    List<Cell> cells = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String id = budgets.get(random.nextInt(budgets.size()));
      BudgetId budget = BudgetId.parse(id);
      Instant from = opened.get(id); // before its opening a budget has no tables
      PointInTime at =
          new PointInTime(
              from.plusMillis(
                  (long) (random.nextDouble() * (to.toEpochMilli() - from.toEpochMilli()))),
              LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365)));
      List<TableKind> kinds = TableKind.everyDocument();
      TableKind kind = kinds.get(random.nextInt(kinds.size()));
      long start = System.nanoTime();
      BudgetView view = views.at(budget, at).orElseThrow();
      List<TableKind> shown = tables.order(view); // a family's budget shows its tables only
      kind = shown.contains(kind) ? kind : shown.get(0);
      DisclosureTable table = tables.build(view, kind);
      tableTimes.add(System.nanoTime() - start);
      if ((kind == TableKind.PROJECT_PERFORMANCE || kind == TableKind.DEPARTMENT_PERFORMANCE)
          && shown.contains(TableKind.EXPENDITURE_SUMMARY)) {
        table = tables.build(view, TableKind.EXPENDITURE_SUMMARY); // traces need money cells
      }
      List<LegFilter> filters =
          table.rows().stream()
              .flatMap(r -> r.cells().stream())
              .filter(
                  c -> c.source() instanceof CellSource.Legs && c.isMoney() && !c.amount().isZero())
              .map(c -> ((CellSource.Legs) c.source()).filter())
              .toList();
      if (!filters.isEmpty()) {
        cells.add(new Cell(budget, filters.get(random.nextInt(filters.size())), at));
      }
    }
    Latencies traceTimes = new Latencies(cells.size());
    for (Cell cell : cells) {
      long start = System.nanoTime();
      queries.legs(cell.budget(), cell.filter(), cell.at());
      traceTimes.add(System.nanoTime() - start);
    }
    return new Latencies[] {tableTimes, traceTimes};
  }
}
