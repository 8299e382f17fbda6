package org.budgetledger.projections.tables.purchasedservices;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.budgetledger.core.model.SpendingTag;
import org.budgetledger.core.model.TagKind;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.tables.CellSource;
import org.budgetledger.projections.tables.Cells;
import org.budgetledger.projections.tables.Column;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.DisclosureTableBuilder;
import org.budgetledger.projections.tables.HeaderCell;
import org.budgetledger.projections.tables.RowType;
import org.budgetledger.projections.tables.TableCell;
import org.budgetledger.projections.tables.TableFrame;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.TableRow;
import org.springframework.stereotype.Component;

/**
 * 政府购买服务预算财政拨款明细表 (预算11表 in both formats; municipal 财政拨款政府购买服务明细表): the 政府购买服务 tags by 指导性目录 一级 /
 * 二级 / 三级, with the 服务领域 in the district layout.
 *
 * <p>Rows: {@code total} (合 计) first, as published, then one row per tag in the view's order, keyed
 * by its path joined with {@code |} ({@code 01-公共服务|0104-社会保障服务|社会保险服务}); the n-th tag (n ≥ 2) with
 * a path already seen gets {@code #n} appended ({@code …|公共信息系统开发与维护服务#2}): the municipal table
 * repeats paths. Each row's cell traces to exactly its tag (occurrence n-1). Columns: {@code
 * level1}, {@code level2}, {@code level3}, {@code serviceArea} (district only), {@code amount}
 * (预算金额).
 */
@Component
public class PurchasedServicesBuilder implements DisclosureTableBuilder {
  @Override
  public TableKind kind() {
    return TableKind.PURCHASED_SERVICES;
  }

  @Override
  public DisclosureTable build(BudgetView view) {
    boolean district = TableFrame.isDistrict(view);
    List<TableRow> rows = new ArrayList<>();
    rows.add(
        new TableRow(
            "total",
            RowType.TOTAL,
            cells(
                district,
                List.of(TableFrame.TOTAL_LABEL),
                "",
                Cells.tags(
                    "amount", view, new CellSource.Tags(TagKind.PURCHASED_SERVICE, List.of())))));
    Map<List<String>, Integer> seen = new HashMap<>();
    for (SpendingTag tag : view.tags()) {
      if (tag.kind() != TagKind.PURCHASED_SERVICE) {
        continue;
      }
      int occurrence = seen.merge(tag.path(), 1, Integer::sum);
      String key = String.join("|", tag.path()) + (occurrence > 1 ? "#" + occurrence : "");
      rows.add(
          new TableRow(
              key,
              RowType.DETAIL,
              cells(
                  district,
                  tag.path(),
                  tag.serviceArea(),
                  Cells.tags(
                      "amount",
                      view,
                      new CellSource.Tags(
                          TagKind.PURCHASED_SERVICE, tag.path(), occurrence - 1)))));
    }
    List<String> notes = district && seen.isEmpty() ? List.of(TableFrame.NOT_INVOLVED) : List.of();
    return TableFrame.table(view, kind(), header(district), columns(district), rows, notes);
  }

  private static List<TableCell> cells(
      boolean district, List<String> path, String area, TableCell amount) {
    List<TableCell> cells = new ArrayList<>();
    for (int level = 0; level < 3; level++) {
      cells.add(Cells.text("level" + (level + 1), level < path.size() ? path.get(level) : ""));
    }
    if (district) {
      cells.add(Cells.text("serviceArea", area));
    }
    cells.add(amount);
    return cells;
  }

  private static List<List<HeaderCell>> header(boolean district) {
    List<HeaderCell> top = new ArrayList<>(List.of(TableFrame.span("指导性目录", 3, 1)));
    if (district) {
      top.add(TableFrame.span("服务领域", 1, 2));
    }
    top.add(TableFrame.span("预算金额", 1, 2));
    return List.of(top, List.of(HeaderCell.of("一级"), HeaderCell.of("二级"), HeaderCell.of("三级")));
  }

  private static List<Column> columns(boolean district) {
    List<Column> columns =
        new ArrayList<>(
            List.of(
                new Column("level1", "一级"),
                new Column("level2", "二级"),
                new Column("level3", "三级")));
    if (district) {
      columns.add(new Column("serviceArea", "服务领域"));
    }
    columns.add(new Column("amount", "预算金额"));
    return columns;
  }
}
