package org.budgetledger.app.inquiry.provenance;

import java.util.ArrayList;
import java.util.List;
import org.budgetledger.app.inquiry.TableInquiry;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.entries.LedgerQueries;
import org.budgetledger.projections.entries.LegRow;
import org.budgetledger.projections.entries.PointInTime;
import org.budgetledger.projections.tables.CellSource;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.TableCell;
import org.budgetledger.projections.tables.ViewSums;
import org.springframework.stereotype.Service;

/**
 * The provenance of one cell (every leg behind it) and its history (the changes that made it, with
 * running values). A money cell built from legs is by construction the sum of {@link
 * LedgerQueries#legs} under its filter; that is checked on every answer, because a trace that does
 * not add up to the figure it explains would mislead an auditor.
 */
@Service
public class CellTrace {
  private final TableInquiry tables;
  private final LedgerQueries ledger;

  public CellTrace(TableInquiry tables, LedgerQueries ledger) {
    this.tables = tables;
    this.ledger = ledger;
  }

  public CellProvenance trace(
      BudgetId id, String table, String row, String column, PointInTime at) {
    BudgetView view = tables.view(id, at);
    DisclosureTable built = tables.build(view, table);
    TableCell cell = TableInquiry.cell(built, row, column);
    CellAddress address = address(id, built, row, column, at);
    String display = built.display(cell, view.header().displayDecimals());
    Long amount = cell.isMoney() ? cell.amount().value() : null;
    if (cell.source() instanceof CellSource.Legs legs) {
      return new CellProvenance(
          address,
          display,
          amount,
          "legs",
          "the ledger legs this cell sums",
          legs(id, cell, legs, at).stream().map(TracedLeg::of).toList(),
          List.of());
    }
    if (cell.source() instanceof CellSource.Tags tags) {
      return new CellProvenance(
          address,
          display,
          amount,
          "tags",
          "the " + tags.kind() + " tags under " + tags.pathPrefix(),
          List.of(),
          ViewSums.selected(view, tags).stream().map(TracedTag::of).toList());
    }
    if (cell.source() instanceof CellSource.Fact fact) {
      return new CellProvenance(
          address, display, amount, "fact", fact.description(), List.of(), List.of());
    }
    if (cell.source() instanceof CellSource.Allocated allocated) {
      return new CellProvenance(
          address, display, amount, "fact", allocated.description(), List.of(), List.of());
    }
    return new CellProvenance(
        address, display, amount, "layout", "printed by the table's layout", List.of(), List.of());
  }

  /** The changes of a legs cell in effective-date then recorded order, with running values. */
  public CellHistory history(BudgetId id, String table, String row, String column, PointInTime at) {
    DisclosureTable built = tables.build(tables.view(id, at), table);
    TableCell cell = TableInquiry.cell(built, row, column);
    CellAddress address = address(id, built, row, column, at);
    if (!(cell.source() instanceof CellSource.Legs legs)) {
      throw new IllegalArgumentException(
          "cell "
              + row
              + " / "
              + column
              + " of "
              + built.number()
              + " is not a sum of ledger legs ("
              + cell.source().getClass().getSimpleName()
              + "): it has no history of entries");
    }
    List<HistoryStep> steps = new ArrayList<>();
    List<LegRow> group = new ArrayList<>();
    long running = 0;
    for (LegRow leg : legs(id, cell, legs, at)) {
      if (!group.isEmpty() && !group.get(0).eventId().equals(leg.eventId())) {
        running = step(steps, group, running);
      }
      group.add(leg);
    }
    if (!group.isEmpty()) {
      running = step(steps, group, running);
    }
    return new CellHistory(address, steps, running, Fen.of(running).formatWan(6));
  }

  private static CellAddress address(
      BudgetId id, DisclosureTable built, String row, String column, PointInTime at) {
    return new CellAddress(id, built.number(), built.title(), row, column, at, built.unit());
  }

  /** Legs in the order {@link LedgerQueries#legs} gives: effective date, then recorded order. */
  private List<LegRow> legs(BudgetId id, TableCell cell, CellSource.Legs source, PointInTime at) {
    List<LegRow> legs = ledger.legs(id, source.filter(), at);
    long sum = legs.stream().mapToLong(LegRow::amountFen).reduce(0, Math::addExact);
    if (sum != cell.amount().value()) {
      throw new IllegalStateException(
          "legs of "
              + cell.columnKey()
              + " sum to "
              + Fen.of(sum)
              + " but the cell shows "
              + cell.amount()
              + " ("
              + at
              + ")");
    }
    return legs;
  }

  private static long step(List<HistoryStep> steps, List<LegRow> entryLegs, long running) {
    LegRow first = entryLegs.get(0);
    long delta = entryLegs.stream().mapToLong(LegRow::amountFen).reduce(0, Math::addExact);
    long after = Math.addExact(running, delta);
    steps.add(
        new HistoryStep(
            first.entryId(),
            first.entryType(),
            first.entryType().chinese(),
            first.effectiveDate(),
            first.recordedAt(),
            delta,
            Fen.of(delta).formatWan(6),
            after,
            Fen.of(after).formatWan(6),
            first.basisDocument(),
            first.basisNumber(),
            first.reason(),
            entryLegs.stream().map(l -> l.eventId() + "#" + l.legNo()).toList()));
    entryLegs.clear();
    return after;
  }
}
