package org.budgetledger.app.web;

import java.util.List;
import org.budgetledger.projections.tables.CodeLabels;
import org.budgetledger.projections.tables.HeaderCell;

/**
 * A disclosure table ready to print: number, title, unit, the point in time it shows (stated in its
 * caption, so a print or a screenshot says when), multi-level header and rows.
 */
public record RenderedTable(String kind, String number, String title, String unitLabel,
    Point point, List<List<HeaderCell>> header, List<RenderedRow> rows, List<String> notes) {

  /** Whether a row is a line the document's totals hold without detail: it gets a footnote. */
  public boolean hasUndetailedRow() {
    return rows.stream().flatMap(r -> r.cells().stream())
        .anyMatch(c -> !c.money() && c.text().endsWith(CodeLabels.UNDETAILED));
  }

  /** The body rows as escaped HTML, for {@code th:utext}: see {@link TableBodyHtml}. */
  public String bodyHtml(String budgetId) {
    return TableBodyHtml.of(this, budgetId);
  }
}
