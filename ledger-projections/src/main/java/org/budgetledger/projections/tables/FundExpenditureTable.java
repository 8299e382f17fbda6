package org.budgetledger.projections.tables;

import java.util.ArrayList;
import java.util.List;
import org.budgetledger.core.model.ExpenditureKind;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.entries.LegFilter;
import org.budgetledger.projections.entries.LineBalance;

/**
 * The layout 政府性基金预算 and 国有资本经营预算 支出表 share: spending of one fund source by function, 合计 = 基本支出 +
 * 项目支出. Row keys: the function code ({@code 2101501}) in code order, and {@code total}. Columns:
 * district {@code function} (code-name), municipal {@code functionCode} and {@code functionName};
 * then {@code total}, {@code basic}, {@code project}. The district prints {@link
 * TableFrame#NOT_INVOLVED} under an empty table; the municipal prints no note.
 */
public final class FundExpenditureTable {
  private FundExpenditureTable() {}

  public static DisclosureTable build(
      BudgetView view, TableKind kind, FundSource fund, String districtHeading) {
    boolean district = TableFrame.isDistrict(view);
    LegFilter base = LegFilter.spending().fundSources(fund);
    List<TableRow> rows = new ArrayList<>();
    view.lines().stream()
        .map(LineBalance::key)
        .filter(base::matches)
        .map(k -> k.function().value())
        .distinct()
        .sorted()
        .forEach(
            code -> {
              List<TableCell> labels =
                  district
                      ? List.of(Cells.text("function", CodeLabels.function(view, code)))
                      : List.of(
                          Cells.text("functionCode", code),
                          Cells.text("functionName", CodeLabels.functionName(view, code)));
              TableRow row =
                  new TableRow(
                      code, RowType.DETAIL, figures(view, base.function(code).exact(), labels));
              if (row.cells().stream().anyMatch(c -> c.isMoney() && !c.amount().isZero())) {
                rows.add(row);
              }
            });
    List<TableCell> totalLabels =
        district
            ? List.of(Cells.text("function", TableFrame.TOTAL_LABEL))
            : List.of(
                Cells.text("functionCode", ""), Cells.text("functionName", TableFrame.TOTAL_LABEL));
    TableRow total = new TableRow("total", RowType.TOTAL, figures(view, base, totalLabels));
    boolean empty =
        rows.isEmpty() && total.cells().stream().allMatch(c -> !c.isMoney() || c.amount().isZero());
    rows.add(total);
    List<String> notes = district && empty ? List.of(TableFrame.NOT_INVOLVED) : List.of();
    return TableFrame.table(
        view, kind, header(district, districtHeading), columns(district), rows, notes);
  }

  private static List<TableCell> figures(BudgetView view, LegFilter row, List<TableCell> labels) {
    List<TableCell> cells = new ArrayList<>(labels);
    cells.add(Cells.legs("total", view, row));
    cells.add(
        Cells.legs(
            "basic",
            view,
            row.kinds(ExpenditureKind.BASIC_PERSONNEL, ExpenditureKind.BASIC_PUBLIC)));
    cells.add(Cells.legs("project", view, row.kinds(ExpenditureKind.PROJECT)));
    return cells;
  }

  private static List<List<HeaderCell>> header(boolean district, String districtHeading) {
    List<HeaderCell> amounts =
        List.of(HeaderCell.of("合计"), HeaderCell.of("基本支出"), HeaderCell.of("项目支出"));
    if (district) {
      return List.of(
          List.of(TableFrame.span("支出功能分类科目", 1, 2), TableFrame.span(districtHeading, 3, 1)),
          amounts);
    }
    List<HeaderCell> second =
        new ArrayList<>(List.of(HeaderCell.of("科目编码"), HeaderCell.of("科目名称")));
    second.addAll(amounts);
    return List.of(List.of(TableFrame.span("功能分类科目", 2, 1), TableFrame.span("预算数", 3, 1)), second);
  }

  private static List<Column> columns(boolean district) {
    List<Column> columns = new ArrayList<>();
    if (district) {
      columns.add(new Column("function", "支出功能分类科目"));
    } else {
      columns.add(new Column("functionCode", "科目编码"));
      columns.add(new Column("functionName", "科目名称"));
    }
    columns.addAll(
        List.of(
            new Column("total", "合计"), new Column("basic", "基本支出"), new Column("project", "项目支出")));
    return columns;
  }
}
