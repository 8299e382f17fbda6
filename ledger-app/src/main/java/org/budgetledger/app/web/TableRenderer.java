package org.budgetledger.app.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.budgetledger.core.model.DisclosureFormat;
import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.TableCell;
import org.budgetledger.projections.tables.TableNumbering;
import org.budgetledger.projections.tables.TableRow;

/**
 * Prints a {@link DisclosureTable} for a page: amounts at the document's decimals, each money cell
 * linked to its provenance at the same point in time; on 对比, a changed cell also shows its old
 * figure. Links are built here, once per cell, rather
 * than in the template: a 300-row table has thousands of cells.
 */
final class TableRenderer {
  private TableRenderer() {}

  static RenderedTable render(String budgetId, DisclosureFormat format, int decimals,
      DisclosureTable table, Point point, Map<String, Fen> changed) {
    String base = "/budgets/" + budgetId + "/cells?table=" + table.kind().name()
        + point.query("asOf", "effective");
    List<RenderedRow> rows = new ArrayList<>(table.rows().size());
    for (TableRow row : table.rows()) {
      List<RenderedCell> cells = new ArrayList<>(row.cells().size());
      String rowParam = "&row=" + encode(row.key());
      for (TableCell cell : row.cells()) {
        if (!cell.isMoney()) {
          cells.add(new RenderedCell(cell.columnKey(), cell.display(decimals), false, null, false,
              null));
          continue;
        }
        // The old figure of a changed cell, at the decimals the cell itself prints.
        Fen old = changed.get(ChangedCell.key(row.key(), cell.columnKey()));
        cells.add(new RenderedCell(cell.columnKey(), cell.display(decimals), true,
            base + rowParam + "&column=" + encode(cell.columnKey()), old != null,
            old == null ? null : old.formatWan(cell.fixedDecimals() == null ? decimals
                : cell.fixedDecimals())));
      }
      rows.add(new RenderedRow(row.key(), row.type().name().toLowerCase(), cells));
    }
    return new RenderedTable(table.kind().name(), TableNumbering.label(format, table.kind()),
        table.title(), table.unitLabel(), table.header(), rows, table.notes());
  }

  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
