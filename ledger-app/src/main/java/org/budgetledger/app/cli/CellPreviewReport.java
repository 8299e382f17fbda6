package org.budgetledger.app.cli;

import org.budgetledger.app.adjustment.AdjustmentOutcome;
import org.budgetledger.app.adjustment.CellPreview;
import org.budgetledger.core.model.Fen;

/** The outcome of an adjustment file as text: one line per changed cell, amounts in 万元, exact. */
final class CellPreviewReport {
  private CellPreviewReport() {}

  static String text(AdjustmentOutcome outcome) {
    StringBuilder out = new StringBuilder();
    out.append(outcome.changes().size())
        .append(" table cells change in budget ")
        .append(outcome.budgetId())
        .append(" (万元):\n");
    for (CellPreview c : outcome.changes()) {
      out.append(
          String.format(
              "  %s %s | %s | %s | %s → %s (%s%s)%n",
              c.table(),
              c.title(),
              c.rowKey(),
              c.columnKey(),
              wan(c.beforeFen()),
              wan(c.afterFen()),
              c.deltaFen() > 0 ? "+" : "",
              wan(c.deltaFen())));
    }
    out.append(outcome.recorded() ? "Recorded " : "Dry run: valid, nothing recorded; would record ")
        .append(outcome.entryIds().size())
        .append(" entries: ")
        .append(String.join(", ", outcome.entryIds()));
    return out.toString();
  }

  private static String wan(long fen) {
    return Fen.of(fen).formatWan(6);
  }
}
