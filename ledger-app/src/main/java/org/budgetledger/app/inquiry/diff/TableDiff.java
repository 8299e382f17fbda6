package org.budgetledger.app.inquiry.diff;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.budgetledger.app.inquiry.TableInquiry;
import org.budgetledger.app.inquiry.provenance.TracedLeg;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.entries.LedgerQueries;
import org.budgetledger.projections.entries.LegRow;
import org.budgetledger.projections.entries.PointInTime;
import org.budgetledger.projections.tables.CellSource;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.TableCell;
import org.springframework.stereotype.Service;

/**
 * The cells of one table that differ between two points in time (either of them a recorded instant,
 * an effective date, or both), with the entries that caused each change: the legs in the symmetric
 * difference of the cell's leg sets at the two points.
 */
@Service
public class TableDiff {
  private final TableInquiry tables;
  private final LedgerQueries ledger;

  public TableDiff(TableInquiry tables, LedgerQueries ledger) {
    this.tables = tables;
    this.ledger = ledger;
  }

  public TableChanges diff(BudgetId id, String table, PointInTime from, PointInTime to) {
    DisclosureTable before = tables.build(tables.view(id, from), table);
    DisclosureTable after = tables.build(tables.view(id, to), table);
    List<CellChange> changes = new ArrayList<>();
    for (Changed c : changed(before, after)) {
      changes.add(explain(id, c, from, to));
    }
    String message =
        changes.isEmpty()
            ? "No cell of " + after.number() + " changed between (" + from + ") and (" + to + ")."
            : changes.size()
                + " cells of "
                + after.number()
                + " changed between ("
                + from
                + ") and ("
                + to
                + ").";
    return new TableChanges(
        id, after.number(), after.title(), from, to, changes, message, after.unit());
  }

  /** A money cell whose amount differs; {@code source} from the later build when it has one. */
  public record Changed(
      MoneyCells before,
      MoneyCells after,
      String row,
      String column,
      String label,
      Fen oldAmount,
      Fen newAmount,
      CellSource source) {}

  /**
   * The changed money cells of two builds of one table, in the later table's row order, without
   * looking up legs: the one comparison of two builds, for diffs in time and for previews.
   */
  public static List<Changed> changed(DisclosureTable before, DisclosureTable after) {
    MoneyCells old = MoneyCells.of(before);
    MoneyCells now = MoneyCells.of(after);
    Set<String> keys = new LinkedHashSet<>(now.cells().keySet());
    keys.addAll(old.cells().keySet());
    List<Changed> changed = new ArrayList<>();
    for (String key : keys) {
      Fen was = old.amount(key);
      Fen is = now.amount(key);
      if (!was.equals(is)) {
        String[] parts = key.split("\u0000", 2);
        TableCell cell = now.cells().containsKey(key) ? now.cells().get(key) : old.cells().get(key);
        String label = now.rowLabels().getOrDefault(parts[0], old.rowLabels().get(parts[0]));
        changed.add(new Changed(old, now, parts[0], parts[1], label, was, is, cell.source()));
      }
    }
    return changed;
  }

  private CellChange explain(BudgetId id, Changed c, PointInTime from, PointInTime to) {
    List<TracedLeg> added = List.of();
    List<TracedLeg> removed = List.of();
    if (c.source() instanceof CellSource.Legs legs) {
      List<LegRow> earlier = ledger.legs(id, legs.filter(), from);
      List<LegRow> later = ledger.legs(id, legs.filter(), to);
      added = only(later, earlier);
      removed = only(earlier, later);
      long explained = sum(added) - sum(removed);
      if (explained != c.newAmount().minus(c.oldAmount()).value()) {
        throw new IllegalStateException(
            "the legs that differ explain "
                + Fen.of(explained)
                + " of the change of "
                + c.row()
                + " / "
                + c.column());
      }
    }
    Fen delta = c.newAmount().minus(c.oldAmount());
    return new CellChange(
        c.row(),
        c.label(),
        c.column(),
        c.after().columnLabel(c.column()),
        c.oldAmount().value(),
        c.newAmount().value(),
        delta.value(),
        c.oldAmount().formatWan(6),
        c.newAmount().formatWan(6),
        delta.formatWan(6),
        added,
        removed);
  }

  private static List<TracedLeg> only(List<LegRow> these, List<LegRow> notIn) {
    Set<String> others = new LinkedHashSet<>();
    notIn.forEach(l -> others.add(l.eventId() + "#" + l.legNo()));
    Predicate<LegRow> absent = l -> !others.contains(l.eventId() + "#" + l.legNo());
    return these.stream().filter(absent).map(TracedLeg::of).toList();
  }

  private static long sum(List<TracedLeg> legs) {
    return legs.stream().mapToLong(TracedLeg::amountFen).reduce(0, Math::addExact);
  }
}
