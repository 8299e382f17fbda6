package org.budgetledger.app.web;

import java.util.stream.Collectors;
import org.budgetledger.app.inquiry.TableInquiry;
import org.budgetledger.app.inquiry.provenance.CellHistory;
import org.budgetledger.app.inquiry.provenance.CellProvenance;
import org.budgetledger.app.inquiry.provenance.CellTrace;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.MoneyUnit;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.TableKind;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The page's view of a cell's provenance and history. Both come from {@link CellTrace}, the service
 * the REST inquiry answers with (which also checks that the legs add up to the figure); this only
 * adds what a reader needs beside them: the row's and the column's printed labels, and the unit and
 * decimals of the cell's table, in which every amount of the page is shown.
 */
@Service
public class CellTraces {
  private final CellTrace trace;
  private final TableInquiry tables;
  private final MessageSource messages;

  public CellTraces(CellTrace trace, TableInquiry tables, MessageSource messages) {
    this.trace = trace;
    this.tables = tables;
    this.messages = messages;
  }

  public CellTraceView trace(
      BudgetId id, TableKind kind, String rowKey, String columnKey, Point point) {
    CellProvenance p = trace.trace(id, kind.name(), rowKey, columnKey, point.at());
    CellHistory history =
        p.source().equals("legs")
            ? trace.history(id, kind.name(), rowKey, columnKey, point.at())
            : null;
    BudgetView view = tables.view(id, point.at());
    DisclosureTable table = tables.build(view, kind.name());
    String row = table.row(rowKey).map(RowLabels::of).orElse(rowKey);
    String column =
        table.columns().stream()
            .filter(c -> c.key().equals(columnKey))
            .map(c -> c.label())
            .findFirst()
            .orElse(columnKey);
    MoneyUnit unit = p.cell().unit();
    String exact = p.amountFen() == null ? "" : unit.exact(p.amountFen());
    return new CellTraceView(
        view.header(),
        kind.name(),
        p.cell().tableNumber(),
        p.cell().tableTitle(),
        row,
        column,
        p.display(),
        exact,
        p.source(),
        note(p),
        p.legs().stream().map(l -> LegView.of(l, unit, LegView.words(messages))).toList(),
        history,
        unit,
        table.decimals(view.header().displayDecimals()));
  }

  /** What a figure without legs is: the tags behind it, or the builder's own explanation. */
  private static String note(CellProvenance p) {
    if (p.source().equals("tags")) {
      return p.tags().stream()
          .map(t -> String.join(" / ", t.path()) + "：" + p.cell().unit().exact(t.amountFen()))
          .collect(Collectors.joining("；"));
    }
    return p.source().equals("fact") ? p.explanation() : "";
  }
}
