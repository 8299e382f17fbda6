package org.budgetledger.projections.tables.procurement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.budgetledger.core.model.SpendingTag;
import org.budgetledger.core.model.TagKind;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.tables.CellSource;
import org.budgetledger.projections.tables.Cells;
import org.budgetledger.projections.tables.Column;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.HeaderCell;
import org.budgetledger.projections.tables.RowType;
import org.budgetledger.projections.tables.TableCell;
import org.budgetledger.projections.tables.TableFrame;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.TableRow;

/**
 * 政府采购 rebuilt row by row from tags at the grain of 采购品目 ({@code [category, group, item, 资金来源：…]}):
 * the 合计, then in the tags' order each category, each group (unit or 专项) and each item, every row's
 * 金额 the sum of the tags under its path and each 资金来源 column the sum of those naming that source.
 * The subtotals are sums of items, so a printed subtotal that is not is a finding (rule 7).
 */
final class ProcurementRowsLayout {
  private ProcurementRowsLayout() {}

  static DisclosureTable build(BudgetView view) {
    List<SpendingTag> tags =
        view.tags().stream().filter(t -> t.kind() == TagKind.PROCUREMENT).toList();
    Set<String> sources = new LinkedHashSet<>();
    Set<List<String>> paths = new LinkedHashSet<>();
    for (SpendingTag tag : tags) {
      List<String> path = tag.path();
      String last = path.get(path.size() - 1);
      if (last.startsWith(SpendingTag.FUND_SOURCE)) {
        sources.add(last);
        path = path.subList(0, path.size() - 1);
      }
      for (int depth = 1; depth <= Math.min(3, path.size()); depth++) {
        paths.add(List.copyOf(path.subList(0, depth)));
      }
    }
    List<Column> columns =
        new ArrayList<>(
            List.of(
                new Column("category", "采购类别"),
                new Column("group", "采购分组"),
                new Column("item", "采购明细"),
                new Column("amount", "金额")));
    // each fund column selects the tags of its source; a heading's 小计 those of every source under
    // it
    Map<String, String> funds = new LinkedHashMap<>();
    sources.forEach(
        s -> {
          String printed = s.substring(SpendingTag.FUND_SOURCE.length());
          ProcurementBuilder.subtotalColumn(printed)
              .filter(subtotal -> !funds.containsKey(subtotal))
              .ifPresent(
                  subtotal ->
                      funds.put(
                          subtotal,
                          SpendingTag.fundSource(
                              subtotal.substring(0, subtotal.lastIndexOf('/') + 1))));
          funds.put(printed, s);
        });
    funds
        .keySet()
        .forEach(
            printed -> columns.add(new Column(ProcurementBuilder.sourceColumn(printed), printed)));
    List<TableRow> rows = new ArrayList<>();
    rows.add(row(view, "total", RowType.TOTAL, List.of(), funds));
    for (List<String> path : paths) {
      RowType type = path.size() == 3 ? RowType.DETAIL : RowType.SUBTOTAL;
      rows.add(row(view, ProcurementBuilder.key(path), type, path, funds));
    }
    return TableFrame.table(
        view,
        TableKind.PROCUREMENT,
        List.of(columns.stream().map(c -> HeaderCell.of(c.label())).toList()),
        columns,
        rows,
        List.of());
  }

  private static TableRow row(
      BudgetView view, String key, RowType type, List<String> path, Map<String, String> funds) {
    List<TableCell> cells = new ArrayList<>();
    cells.add(Cells.text("category", path.isEmpty() ? TableFrame.TOTAL_LABEL : path.get(0)));
    cells.add(Cells.text("group", path.size() > 1 ? path.get(1) : ""));
    cells.add(Cells.text("item", path.size() > 2 ? path.get(2) : ""));
    cells.add(Cells.tags("amount", view, new CellSource.Tags(TagKind.PROCUREMENT, path)));
    funds.forEach(
        (printed, source) ->
            cells.add(
                Cells.tags(
                    ProcurementBuilder.sourceColumn(printed),
                    view,
                    new CellSource.Tags(TagKind.PROCUREMENT, path, null, source))));
    return new TableRow(key, type, cells);
  }
}
