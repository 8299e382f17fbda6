package org.budgetledger.app.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.budgetledger.app.adjustment.CellPreview;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.MoneyUnit;
import org.budgetledger.projections.tables.Column;
import org.budgetledger.projections.tables.DisclosureTable;

/**
 * A cell the previewed entry would change, as the form lists it: the adjustment service's {@link
 * CellPreview} with the row and column labels of the table it names, its amounts in that table's
 * unit.
 */
public record PreviewRow(
    String tableNumber,
    String kind,
    String rowKey,
    String rowLabel,
    String columnKey,
    String columnLabel,
    String oldText,
    String newText,
    String deltaText,
    boolean increased,
    MoneyUnit unit) {

  /** {@code tables}: the budget's tables now, in which the changes' row and column keys are. */
  static List<PreviewRow> of(
      List<CellPreview> changes, List<DisclosureTable> tables, int decimals) {
    Map<String, DisclosureTable> byNumber =
        tables.stream()
            .collect(Collectors.toMap(DisclosureTable::number, Function.identity(), (a, b) -> a));
    return changes.stream()
        .map(
            c -> {
              DisclosureTable t = byNumber.get(c.table());
              String row =
                  t == null ? c.rowKey() : t.row(c.rowKey()).map(RowLabels::of).orElse(c.rowKey());
              String column =
                  t == null
                      ? c.columnKey()
                      : t.columns().stream()
                          .filter(col -> col.key().equals(c.columnKey()))
                          .map(Column::label)
                          .findFirst()
                          .orElse(c.columnKey());
              Fen delta = Fen.of(c.deltaFen());
              MoneyUnit unit = c.unit();
              int places = unit.changeDecimals(t == null ? decimals : t.decimals(decimals));
              return new PreviewRow(
                  c.table(),
                  t == null ? "" : t.kind().name(),
                  c.rowKey(),
                  row,
                  c.columnKey(),
                  column,
                  unit.format(Fen.of(c.beforeFen()), places),
                  unit.format(Fen.of(c.afterFen()), places),
                  (delta.isPositive() ? "+" : "") + unit.format(delta, places),
                  delta.isPositive(),
                  unit);
            })
        .toList();
  }
}
