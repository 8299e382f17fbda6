package org.budgetledger.app.web;

import java.util.ArrayList;
import java.util.List;
import org.budgetledger.core.model.EntryType;
import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.entries.LegRow;

/**
 * The running value of a cell from the legs behind it: one step per entry, in the order the legs
 * come (effective date, then recorded order), so the last running value is the cell's value. The
 * inquiry service (app.inquiry) will answer this for every client; until it is merged the pages
 * compute it here from the same legs.
 */
public record CellHistory(List<HistoryStep> steps) {
  public CellHistory {
    steps = List.copyOf(steps);
  }

  public static CellHistory of(List<LegRow> legs) {
    List<HistoryStep> steps = new ArrayList<>();
    Fen running = Fen.ZERO;
    int i = 0;
    while (i < legs.size()) {
      LegRow first = legs.get(i);
      Fen delta = Fen.ZERO;
      // The legs of one entry are adjacent: they share the entry's event and effective date.
      while (i < legs.size() && legs.get(i).eventId().equals(first.eventId())) {
        delta = delta.plus(Fen.of(legs.get(i).amountFen()));
        i++;
      }
      running = running.plus(delta);
      steps.add(new HistoryStep(first.entryId(), first.entryType(), first.effectiveDate(),
          first.recordedAt(), delta, running));
    }
    return new CellHistory(steps);
  }

  public Fen value() {
    return steps.isEmpty() ? Fen.ZERO : steps.get(steps.size() - 1).running();
  }

  /** What the 年初预算 put in the cell: where the waterfall starts. */
  public Fen initial() {
    return steps.stream().filter(s -> s.type() == EntryType.INITIAL_BUDGET)
        .map(HistoryStep::delta).reduce(Fen.ZERO, Fen::plus);
  }

  /** The steps after the 年初预算: the bars of the waterfall. */
  public List<HistoryStep> adjustments() {
    return steps.stream().filter(s -> s.type() != EntryType.INITIAL_BUDGET).toList();
  }
}
