package org.budgetledger.app.export;

import java.util.List;
import java.util.Locale;
import org.budgetledger.app.inquiry.TableNames;
import org.budgetledger.projections.tables.Column;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.HeaderCell;
import org.budgetledger.projections.tables.TableCell;
import org.budgetledger.projections.tables.TableRow;

/**
 * A table as JSON: what it prints ({@code display}, at the document's decimals) beside the exact
 * figure ({@code amountFen}), and each row's key for {@code trace} and {@code history}.
 */
public record TableJson(
    String number,
    String table,
    String title,
    String unitLabel,
    int decimals,
    List<List<HeaderCell>> header,
    List<Column> columns,
    List<RowJson> rows,
    List<String> notes) {

  /** One row: its key, type and cells. */
  public record RowJson(String key, String type, List<CellJson> cells) {}

  /** One cell: {@code amountFen} null for text; {@code source} legs, tags, fact or layout. */
  public record CellJson(String column, String display, Long amountFen, String source) {}

  public static TableJson of(DisclosureTable table, int decimals) {
    return new TableJson(
        table.number(),
        TableNames.slug(table.kind()),
        table.title(),
        table.unitLabel(),
        decimals,
        table.header(),
        table.columns(),
        table.rows().stream().map(r -> row(table, r, decimals)).toList(),
        table.notes());
  }

  private static RowJson row(DisclosureTable table, TableRow row, int decimals) {
    return new RowJson(
        row.key(),
        row.type().name(),
        row.cells().stream()
            .map(
                c ->
                    new CellJson(
                        c.columnKey(),
                        table.display(c, decimals),
                        c.isMoney() ? c.amount().value() : null,
                        source(c)))
            .toList());
  }

  private static String source(TableCell cell) {
    return cell.source().getClass().getSimpleName().toLowerCase(Locale.ROOT);
  }
}
