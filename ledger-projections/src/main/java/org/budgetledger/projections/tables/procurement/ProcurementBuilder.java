package org.budgetledger.projections.tables.procurement;

import java.util.ArrayList;
import java.util.List;
import org.budgetledger.core.model.TagKind;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.tables.CellSource;
import org.budgetledger.projections.tables.Cells;
import org.budgetledger.projections.tables.Column;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.DisclosureTableBuilder;
import org.budgetledger.projections.tables.HeaderCell;
import org.budgetledger.projections.tables.RowType;
import org.budgetledger.projections.tables.TableFrame;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.TableRow;
import org.springframework.stereotype.Component;

/**
 * 政府采购预算明细表 (district 预算04表, municipal 预算10表): the 政府采购 tags by category.
 *
 * <p>Row keys: the category as tagged ({@code A-货物}, {@code B-工程}, {@code C-服务}), only those
 * tagged, in that order, then {@code total} (合 计). Columns: {@code category} (采购类别), {@code amount}
 * (金额). Cells trace to the tags ({@link CellSource.Tags}), not to ledger legs: procurement is a tag
 * on spending, not money of its own. A table printed row by row is rebuilt by {@link
 * ProcurementRowsLayout}.
 */
@Component
public class ProcurementBuilder implements DisclosureTableBuilder {
  @Override
  public TableKind kind() {
    return TableKind.PROCUREMENT;
  }

  /** What joins the words of a tag path in a row key of a table printed row by row. */
  public static final String SEPARATOR = " > ";

  /** The row key of a tag path printed row by row: its words joined by {@link #SEPARATOR}. */
  public static String key(List<String> path) {
    return String.join(SEPARATOR, path);
  }

  /** The column key of a 资金来源 column, by its header as printed ({@code 一般公共预算资金}). */
  public static String sourceColumn(String printed) {
    return "source:" + printed;
  }

  /** What the heading of fund columns printed under it adds up to: {@code 财政拨款/小计}. */
  private static final String SUBTOTAL = "/小计";

  /**
   * Whether a fund column as printed is the 小计 of the columns under its heading ({@code 财政拨款/小计}):
   * not a fund, so not tagged; the rebuilt table sums its siblings.
   */
  public static boolean isSubtotalColumn(String printed) {
    return printed.endsWith(SUBTOTAL);
  }

  /**
   * The 小计 column a fund column printed under a heading adds to ({@code 财政拨款/一般公共预算} → {@code
   * 财政拨款/小计}), empty for a column without a heading; only such a table names its funds so.
   */
  public static java.util.Optional<String> subtotalColumn(String printed) {
    int slash = printed.lastIndexOf('/');
    return slash < 0
        ? java.util.Optional.empty()
        : java.util.Optional.of(printed.substring(0, slash) + SUBTOTAL);
  }

  @Override
  public DisclosureTable build(BudgetView view) {
    // a table printed row by row (tags of 采购品目, below a category and a unit or 专项) is rebuilt so
    if (view.tags().stream()
        .anyMatch(t -> t.kind() == TagKind.PROCUREMENT && t.path().size() >= 3)) {
      return ProcurementRowsLayout.build(view);
    }
    List<TableRow> rows = new ArrayList<>();
    view.tags().stream()
        .filter(t -> t.kind() == TagKind.PROCUREMENT)
        .map(t -> t.path().get(0))
        .distinct()
        .sorted()
        .forEach(
            category ->
                rows.add(
                    new TableRow(
                        category,
                        RowType.DETAIL,
                        List.of(
                            Cells.text("category", category),
                            Cells.tags(
                                "amount",
                                view,
                                new CellSource.Tags(TagKind.PROCUREMENT, List.of(category)))))));
    boolean empty = rows.isEmpty();
    rows.add(
        new TableRow(
            "total",
            RowType.TOTAL,
            List.of(
                Cells.text("category", TableFrame.TOTAL_LABEL),
                Cells.tags("amount", view, new CellSource.Tags(TagKind.PROCUREMENT, List.of())))));
    List<String> notes =
        empty && TableFrame.isDistrict(view) ? List.of(TableFrame.NOT_INVOLVED) : List.of();
    return TableFrame.table(
        view,
        kind(),
        List.of(List.of(HeaderCell.of("采购类别"), HeaderCell.of("金额"))),
        List.of(new Column("category", "采购类别"), new Column("amount", "金额")),
        rows,
        notes);
  }
}
