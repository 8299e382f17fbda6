package org.budgetledger.app.web;

import java.util.List;
import java.util.Map;
import org.budgetledger.projections.tables.CodeLabels;
import org.budgetledger.projections.tables.HeaderCell;

/**
 * A disclosure table ready to print: number, title, unit, the point in time it shows (stated in its
 * caption, so a print or a screenshot says when), multi-level header and rows. {@code funding}:
 * 部门整体支出绩效目标表's 总体资金情况 figures by name ({@code total}, {@code fiscal}, {@code fiscalBasic}, …),
 * printed as the published form's grid; empty for other tables.
 */
public record RenderedTable(
    String kind,
    String number,
    String title,
    String unitLabel,
    Point point,
    List<List<HeaderCell>> header,
    List<RenderedRow> rows,
    List<String> notes,
    Map<String, RenderedCell> funding) {

  /** Whether a row is a line the document's totals hold without detail: it gets a footnote. */
  public boolean hasUndetailedRow() {
    return rows.stream()
        .flatMap(r -> r.cells().stream())
        .anyMatch(c -> !c.money() && c.text().endsWith(CodeLabels.UNDETAILED));
  }

  /** The body rows as escaped HTML, for {@code th:utext}: see {@link TableBodyHtml}. */
  public String bodyHtml(String budgetId) {
    return TableBodyHtml.of(this, budgetId);
  }
}
