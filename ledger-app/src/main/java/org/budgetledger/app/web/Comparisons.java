package org.budgetledger.app.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.projections.budget.BudgetHeader;
import org.budgetledger.projections.entries.LedgerQueries;
import org.budgetledger.projections.entries.LegRow;
import org.budgetledger.projections.entries.PointInTime;
import org.budgetledger.projections.tables.CellSource;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.LegFilter;
import org.springframework.stereotype.Service;

/**
 * Compares the 13 tables at two points in time. The entries behind a change are the legs counted
 * at one point and not at the other (by event and leg number), selected by the changed cell's own
 * filter: read once for the whole budget, then matched in memory per cell.
 */
@Service
public class Comparisons {
  private final BudgetSnapshots snapshots;
  private final LedgerQueries queries;

  public Comparisons(BudgetSnapshots snapshots, LedgerQueries queries) {
    this.snapshots = snapshots;
    this.queries = queries;
  }

  public Comparison compare(BudgetId id, Point from, Point to) {
    BudgetSnapshot before = snapshots.at(id, from.at());
    BudgetSnapshot after = snapshots.at(id, to.at());
    BudgetHeader header = after.view().header();
    List<CellChange> changes = TableDiff.changes(header.format(), header.displayDecimals(),
        before.tables(), after.tables());
    List<LegRow> moved = movedLegs(id, from.at(), to.at());
    List<CellChange> explained = changes.stream().map(c -> c.withCauses(causes(c, moved)))
        .toList();
    return new Comparison(header, explained, highlighted(id, after, explained, to));
  }

  /** Legs in exactly one of the two points. */
  private List<LegRow> movedLegs(BudgetId id, PointInTime from, PointInTime to) {
    List<LegRow> moved = new ArrayList<>();
    for (LegFilter side : List.of(LegFilter.spending(), LegFilter.income())) {
      List<LegRow> a = queries.legs(id, side, from);
      List<LegRow> b = queries.legs(id, side, to);
      Set<String> inA = keys(a);
      Set<String> inB = keys(b);
      b.stream().filter(l -> !inA.contains(key(l))).forEach(moved::add);
      a.stream().filter(l -> !inB.contains(key(l))).forEach(moved::add);
    }
    return moved;
  }

  private static List<LegRow> causes(CellChange change, List<LegRow> moved) {
    if (!(change.source() instanceof CellSource.Legs legs)) {
      return List.of();
    }
    LegFilter f = legs.filter();
    return moved.stream().filter(l -> l.isSpending() ? f.matches(l.line()) : f.matches(l.income()))
        .toList();
  }

  private static List<RenderedTable> highlighted(BudgetId id, BudgetSnapshot after,
      List<CellChange> changes, Point to) {
    Map<Object, Map<String, CellChange>> byTable = new LinkedHashMap<>();
    changes.forEach(c -> byTable.computeIfAbsent(c.kind(), k -> new LinkedHashMap<>())
        .put(CellChange.key(c.rowKey(), c.columnKey()), c));
    List<RenderedTable> tables = new ArrayList<>();
    for (DisclosureTable table : after.tables()) {
      Map<String, CellChange> cells = byTable.get(table.kind());
      if (cells != null) {
        tables.add(TableRenderer.render(id.toString(), after.view().header().format(),
            after.decimals(), table, to, cells));
      }
    }
    return tables;
  }

  private static Set<String> keys(List<LegRow> legs) {
    Set<String> keys = new HashSet<>();
    legs.forEach(l -> keys.add(key(l)));
    return keys;
  }

  private static String key(LegRow leg) {
    return leg.eventId() + "#" + leg.legNo();
  }
}
