package org.budgetledger.projections.tables.projectperformance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.PerformanceIndicator;
import org.budgetledger.core.model.ProjectPerformance;
import org.budgetledger.core.model.Unit;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.tables.CellSource;
import org.budgetledger.projections.tables.CodeLabels;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.DisclosureTableBuilder;
import org.budgetledger.projections.tables.RowType;
import org.budgetledger.projections.tables.TableCell;
import org.budgetledger.projections.tables.TableFrame;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.TableRow;
import org.springframework.stereotype.Component;

/**
 * 项目支出绩效表 (预算12表; municipal 项目支出绩效目标表): one row group per recorded project performance target, in
 * the view's order.
 *
 * <p>Rows: {@code project:<code>#<n>} (n = 1 for the first target of that project code, 2 for the
 * next: the municipal table lists some codes twice) carrying 单位名称 (district), 项目名称, 项目总额, 财政资金,
 * 其他资金 and 绩效目标; then {@code indicator:<code>#<n>:<i>} (i from 1) per indicator. The published
 * table prints the first indicator on the project's line. Columns: {@code unitName} (district),
 * {@code project}, {@code total}, {@code fiscal}, {@code other}, {@code goal}, {@code level1},
 * {@code level2}, {@code level3}, {@code nature}, {@code value}, {@code measure} (绩效度量单位), {@code
 * direction} (指标方向性, district). The money is the target as recorded ({@link CellSource.Fact}), not
 * a ledger sum: the ledger's lines are not kept by project. It prints with 6 decimals in both
 * formats, as published.
 */
@Component
public class ProjectPerformanceBuilder implements DisclosureTableBuilder {
  private static final int DECIMALS = 6;

  @Override
  public TableKind kind() {
    return TableKind.PROJECT_PERFORMANCE;
  }

  @Override
  public DisclosureTable build(BudgetView view) {
    boolean district = TableFrame.isDistrict(view);
    List<TableRow> rows = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (ProjectPerformance project : view.projects()) {
      String code = project.project().code();
      String group = code + "#" + seen.merge(code, 1, Integer::sum);
      rows.add(new TableRow("project:" + group, RowType.DETAIL, projectCells(view, project)));
      int i = 0;
      for (PerformanceIndicator indicator : project.indicators()) {
        rows.add(
            new TableRow(
                "indicator:" + group + ":" + (++i),
                RowType.TEXT,
                indicatorCells(indicator, district, "项目 " + code + " 绩效指标 " + i)));
      }
    }
    return TableFrame.table(
        view,
        kind(),
        ProjectPerformanceLayout.header(district),
        ProjectPerformanceLayout.columns(district),
        rows,
        List.of());
  }

  private static List<TableCell> projectCells(BudgetView view, ProjectPerformance project) {
    String what = "项目 " + project.project().code() + " 的绩效目标（记录的事实）";
    List<TableCell> cells = new ArrayList<>();
    if (TableFrame.isDistrict(view)) {
      cells.add(TableCell.fact("unitName", unitLabel(view, project), what));
    }
    cells.add(TableCell.fact("project", project.project().toString(), what));
    cells.add(money("total", project.total(), "项目总额：" + what));
    cells.add(money("fiscal", project.fiscal(), "财政资金：" + what));
    cells.add(money("other", project.other(), "其他资金：" + what));
    cells.add(TableCell.fact("goal", project.goal(), what));
    return cells;
  }

  private static TableCell money(String column, Fen amount, String description) {
    return TableCell.money(column, amount, new CellSource.Fact(description), DECIMALS);
  }

  private static List<TableCell> indicatorCells(
      PerformanceIndicator indicator, boolean district, String what) {
    List<TableCell> cells =
        new ArrayList<>(
            List.of(
                TableCell.fact("level1", indicator.level1(), what),
                TableCell.fact("level2", indicator.level2(), what),
                TableCell.fact("level3", indicator.level3(), what),
                TableCell.fact("nature", indicator.nature(), what),
                TableCell.fact("value", indicator.value(), what),
                TableCell.fact("measure", indicator.unit(), what)));
    if (district) {
      cells.add(TableCell.fact("direction", indicator.direction(), what));
    }
    return cells;
  }

  private static String unitLabel(BudgetView view, ProjectPerformance project) {
    if (project.unit() == null) {
      return "";
    }
    String code = project.unit().value();
    return CodeLabels.join(
        code,
        view.header().units().stream()
            .filter(u -> u.code().value().equals(code))
            .map(Unit::name)
            .findFirst()
            .orElse(""));
  }
}
