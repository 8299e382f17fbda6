package org.budgetledger.projections.tables.generalbudgetbasic;

import java.util.ArrayList;
import java.util.List;
import org.budgetledger.core.model.ExpenditureKind;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.entries.LegFilter;
import org.budgetledger.projections.entries.LineBalance;
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
 * 一般公共预算支出表 by economic code (Xi'an's 表6 一般公共预算支出明细表（按支出经济分类科目）): all spending funded by 一般公共预算,
 * basic and project, by 政府支出经济分类 × 部门支出经济分类, summed over units and functions, sorted by the codes
 * as 基本支出表 is ({@link GeneralBudgetBasicBuilder}).
 *
 * <p>Row keys {@code <gov econ>|<dept econ>} and {@code total}. Columns: {@code govEconomic},
 * {@code deptEconomic}, {@code total} (basic and project), {@code personnel}, {@code public}. The
 * table's 项目支出 column is not one of them: it is the 项目支出 table by economic code, compared there.
 */
@Component
public class GeneralBudgetEconomicBuilder implements DisclosureTableBuilder {

  @Override
  public TableKind kind() {
    return TableKind.GENERAL_BUDGET_ECONOMIC;
  }

  @Override
  public DisclosureTable build(BudgetView view) {
    LegFilter general = LegFilter.spending().fundSources(FundSource.GENERAL_BUDGET);
    List<TableRow> rows = new ArrayList<>();
    view.lines().stream()
        .map(LineBalance::key)
        .filter(general::matches)
        .map(GeneralBudgetBasicBuilder::pair)
        .distinct()
        .sorted(GeneralBudgetBasicBuilder.ORDER)
        .forEach(
            p -> {
              TableRow row =
                  new TableRow(
                      p.get(0) + "|" + p.get(1),
                      RowType.DETAIL,
                      figures(
                          view,
                          general.govEconomic(p.get(0)).deptEconomic(p.get(1)).exact(),
                          GeneralBudgetBasicBuilder.label("govEconomic", view, p.get(0)),
                          GeneralBudgetBasicBuilder.label("deptEconomic", view, p.get(1))));
              if (GeneralBudgetBasicBuilder.hasFigures(row)) {
                rows.add(row);
              }
            });
    rows.add(
        new TableRow(
            "total",
            RowType.TOTAL,
            figures(
                view,
                general,
                Cells.text("govEconomic", ""),
                Cells.text("deptEconomic", TableFrame.TOTAL_LABEL))));
    return TableFrame.table(view, kind(), header(), columns(), rows, List.of());
  }

  private static List<TableCell> figures(
      BudgetView view, LegFilter row, TableCell gov, TableCell dept) {
    return List.of(
        gov,
        dept,
        Cells.legs("total", view, row),
        Cells.legs("personnel", view, row.kinds(ExpenditureKind.BASIC_PERSONNEL)),
        Cells.legs("public", view, row.kinds(ExpenditureKind.BASIC_PUBLIC)));
  }

  private static List<List<HeaderCell>> header() {
    return List.of(
        List.of(
            TableFrame.span("政府支出经济分类科目", 1, 2),
            TableFrame.span("部门支出经济分类科目", 1, 2),
            TableFrame.span("预算数", 3, 1)),
        List.of(HeaderCell.of("合计"), HeaderCell.of("人员经费"), HeaderCell.of("公用经费")));
  }

  private static List<Column> columns() {
    return List.of(
        new Column("govEconomic", "政府支出经济分类科目"),
        new Column("deptEconomic", "部门支出经济分类科目"),
        new Column("total", "合计"),
        new Column("personnel", "人员经费"),
        new Column("public", "公用经费"));
  }
}
