package org.budgetledger.app.cli;

import org.budgetledger.app.adjustment.AdjustmentOutcome;
import org.budgetledger.app.adjustment.CellPreview;

/**
 * The outcome of an adjustment file as text: one line per changed cell, amounts exact in the unit
 * of the cell's table (named once when the tables share one).
 */
final class CellPreviewReport {
  private CellPreviewReport() {}

  static String text(AdjustmentOutcome outcome) {
    SharedUnit units = SharedUnit.of(outcome.changes().stream().map(CellPreview::unit).toList());
    StringBuilder out = new StringBuilder();
    out.append(outcome.changes().size())
        .append(" table cells change in budget ")
        .append(outcome.budgetId())
        .append(units.shared().map(u -> " (" + u.label() + ")").orElse(""))
        .append(":\n");
    for (CellPreview c : outcome.changes()) {
      out.append(
          String.format(
              "  %s %s | %s | %s | %s → %s (%s%s)%n",
              c.table(),
              c.title(),
              c.rowKey(),
              c.columnKey(),
              units.exact(c.unit(), c.beforeFen()),
              units.exact(c.unit(), c.afterFen()),
              c.deltaFen() > 0 ? "+" : "",
              units.exact(c.unit(), c.deltaFen())));
    }
    out.append(outcome.recorded() ? "Recorded " : "Dry run: valid, nothing recorded; would record ")
        .append(outcome.entryIds().size())
        .append(" entries: ")
        .append(String.join(", ", outcome.entryIds()));
    return out.toString();
  }
}
