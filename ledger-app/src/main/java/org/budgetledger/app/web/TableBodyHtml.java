package org.budgetledger.app.web;

import org.budgetledger.projections.tables.CodeLabels;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes the body rows of a printed table as HTML. A 300-row 支出总表 has about 2,700 cells; rendered
 * cell by cell through template expressions it took about a second, written here it takes a few
 * milliseconds. Every text is HTML-escaped; the markup is the template's (disclosure-table.html),
 * which keeps the header, caption and notes.
 */
final class TableBodyHtml {
  private TableBodyHtml() {}

  static String of(RenderedTable table, String budgetId) {
    StringBuilder html = new StringBuilder(table.rows().size() * 1200);
    String cellData =
        " data-budget=\""
            + esc(budgetId)
            + "\" data-table=\""
            + esc(table.kind())
            + "\" data-row=\"";
    int width = table.rows().stream().mapToInt(r -> r.cells().size()).max().orElse(1);
    for (RenderedRow row : table.rows()) {
      if (row.type().equals("group")) {
        html.append("<tr class=\"group\" data-key=\"")
            .append(esc(row.key()))
            .append("\"><td class=\"text group-head\" colspan=\"")
            .append(width)
            .append("\">")
            .append(esc(row.cells().get(0).text()))
            .append("</td></tr>\n");
        continue;
      }
      html.append("<tr class=\"")
          .append(row.type())
          .append("\" data-key=\"")
          .append(esc(row.key()))
          // Derived 类 / 款 / 项 sums show only when the table is folded (ledger.js).
          .append(row.type().equals("outline") ? "\" hidden>" : "\">");
      for (RenderedCell cell : row.cells()) {
        if (cell.rowSpan() == 0) {
          continue;
        }
        String span = cell.rowSpan() > 1 ? " rowspan=\"" + cell.rowSpan() + "\"" : "";
        if (!cell.money()) {
          html.append("<td class=\"text");
          if (cell.column() != null) {
            html.append(" c-").append(esc(cell.column()));
          }
          html.append('"').append(span).append('>').append(esc(cell.text()));
          // The gap line (money the document's totals hold without rows) is footnoted.
          if (cell.text().endsWith(CodeLabels.UNDETAILED)) {
            html.append("<sup class=\"footnote\">※</sup>");
          }
          html.append("</td>");
          continue;
        }
        if (cell.href() == null) {
          // A derived 类 / 款 / 项 sum (OutlineRows): no ledger cell behind it to open.
          html.append("<td class=\"money derived\">").append(esc(cell.text())).append("</td>");
          continue;
        }
        html.append("<td class=\"money")
            .append(cell.changed() ? " changed" : "")
            .append('"')
            .append(span)
            .append(cellData)
            .append(esc(cell.row()))
            .append("\" data-column=\"")
            .append(esc(cell.column()))
            .append("\" data-href=\"")
            .append(esc(cell.href()))
            .append("\">");
        // An empty (zero) cell is opened by a click on the cell (ledger.js); a link only where
        // there is a figure to click keeps a 300-row table light.
        if (cell.changed() || !cell.text().isEmpty()) {
          html.append("<a href=\"").append(esc(cell.href())).append("\">");
          if (cell.changed()) {
            html.append("<span class=\"old\">").append(esc(cell.oldText())).append("</span>");
          }
          html.append("<span class=\"value\">").append(esc(cell.text())).append("</span></a>");
        }
        html.append("</td>");
      }
      html.append("</tr>\n");
    }
    return html.toString();
  }

  private static String esc(String text) {
    return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
  }
}
