package org.budgetledger.projections.tables.generalbudgetprojecteconomic;

import java.util.ArrayList;
import java.util.List;
import org.budgetledger.core.model.ExpenditureKind;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.core.model.LineKey;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.entries.LegFilter;
import org.budgetledger.projections.entries.LineBalance;
import org.budgetledger.projections.tables.Cells;
import org.budgetledger.projections.tables.CodeLabels;
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
 * 一般公共预算项目支出表 by 部门经济分类 (Guangzhou's 表7 一般公共预算项目支出情况表（按经济分类科目）): project spending funded by 一般公共预算,
 * summed over units, functions and projects by its 部门经济分类 code, sorted by the code.
 *
 * <p>Row keys: the code ({@code 30227}), {@code -} for project money without a code (printed only
 * where some is), and {@code total}. Columns: {@code deptEconomic}, {@code total}.
 */
@Component
public class GeneralBudgetProjectEconomicBuilder implements DisclosureTableBuilder {

  @Override
  public TableKind kind() {
    return TableKind.GENERAL_BUDGET_PROJECT_ECONOMIC;
  }

  @Override
  public DisclosureTable build(BudgetView view) {
    LegFilter project =
        LegFilter.spending().fundSources(FundSource.GENERAL_BUDGET).kinds(ExpenditureKind.PROJECT);
    List<TableRow> rows = new ArrayList<>();
    view.lines().stream()
        .map(LineBalance::key)
        .filter(project::matches)
        .map(GeneralBudgetProjectEconomicBuilder::code)
        .distinct()
        .sorted()
        .forEach(
            code -> {
              boolean undetailed = code.equals(LegFilter.ABSENT);
              TableRow row =
                  new TableRow(
                      code,
                      RowType.DETAIL,
                      List.of(
                          Cells.text(
                              "deptEconomic",
                              undetailed
                                  ? CodeLabels.UNDETAILED
                                  : CodeLabels.deptEconomic(view, code)),
                          Cells.legs("total", view, project.deptEconomic(code).exact())));
              if (!undetailed || !row.cells().get(1).amount().isZero()) {
                rows.add(row);
              }
            });
    rows.add(
        new TableRow(
            "total",
            RowType.TOTAL,
            List.of(
                Cells.text("deptEconomic", TableFrame.TOTAL_LABEL),
                Cells.legs("total", view, project))));
    return TableFrame.table(view, kind(), header(), columns(), rows, List.of());
  }

  private static String code(LineKey key) {
    return key.deptEconomic() == null ? LegFilter.ABSENT : key.deptEconomic().value();
  }

  private static List<List<HeaderCell>> header() {
    return List.of(List.of(HeaderCell.of("部门支出经济分类科目"), HeaderCell.of("预算数")));
  }

  private static List<Column> columns() {
    return List.of(new Column("deptEconomic", "部门支出经济分类科目"), new Column("total", "预算数"));
  }
}
