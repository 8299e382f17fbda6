package org.budgetledger.projections.tables.departmentperformance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.budgetledger.core.model.ActivityIndicator;
import org.budgetledger.core.model.DepartmentPerformance;
import org.budgetledger.core.model.ExpenditureKind;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.entries.LegFilter;
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
 * 部门整体支出绩效目标表 (预算13表; district 整体支出绩效目标表): the department's total spending from the ledger, then
 * its overall goal and the activities' indicators.
 *
 * <p>The published table is a form; here it is rows over six columns: {@code activity} (活动, or the
 * label of a form row), {@code indicator} (绩效指标, or the form row's text), {@code nature}, {@code
 * value}, {@code measure} (度量单位; district 质量单位), {@code amount}. Rows: {@code department} (名称); the
 * 总体资金情况 figures, printed with 6 decimals as published: {@code funds:total} (预算支出总额), {@code
 * funds:fiscal} / {@code funds:fiscalBasic} / {@code funds:fiscalProject} (财政拨款 合计 / 基本支出 / 项目支出),
 * {@code funds:other} / {@code funds:otherBasic} / {@code funds:otherProject} (其他资金); {@code goal}
 * (整体绩效目标); {@code notes} (其他说明); {@code activity:<i>} (i from 1) per activity indicator.
 */
@Component
public class DepartmentPerformanceBuilder implements DisclosureTableBuilder {
  private static final int DECIMALS = 6;
  private static final FundSource[] FISCAL = {
    FundSource.GENERAL_BUDGET,
    FundSource.GOVERNMENT_FUND,
    FundSource.STATE_CAPITAL,
    FundSource.GENERAL_BUDGET_CARRY_OVER,
    FundSource.FISCAL_CARRY_OVER
  };
  private static final FundSource[] OTHER =
      Arrays.stream(FundSource.values())
          .filter(f -> !f.isFiscalAppropriation())
          .toArray(FundSource[]::new);

  @Override
  public TableKind kind() {
    return TableKind.DEPARTMENT_PERFORMANCE;
  }

  @Override
  public DisclosureTable build(BudgetView view) {
    boolean district = TableFrame.isDistrict(view);
    DepartmentPerformance performance = view.departmentPerformance();
    List<TableRow> rows = new ArrayList<>();
    rows.add(text("department", district ? "部门（单位）名称" : "部门名称", view.header().departmentName()));
    LegFilter all = LegFilter.spending();
    rows.add(funds(view, "funds:total", "预算支出总额", all));
    addFunds(view, rows, "fiscal", "财政拨款", all.fundSources(FISCAL));
    addFunds(view, rows, "other", "其他资金", all.fundSources(OTHER));
    rows.add(text("goal", "整体绩效目标", performance == null ? "" : performance.overallGoal()));
    rows.add(text("notes", "其他说明", performance == null ? "" : performance.otherNotes()));
    if (performance != null) {
      int i = 0;
      for (ActivityIndicator indicator : performance.indicators()) {
        String what = "部门整体绩效指标 " + (++i);
        rows.add(
            new TableRow(
                "activity:" + i,
                RowType.TEXT,
                List.of(
                    TableCell.fact("activity", indicator.activity(), what),
                    TableCell.fact("indicator", indicator.indicator(), what),
                    TableCell.fact("nature", indicator.nature(), what),
                    TableCell.fact("value", indicator.value(), what),
                    TableCell.fact("measure", indicator.unit(), what))));
      }
    }
    return TableFrame.table(
        view,
        kind(),
        List.of(columns(district).stream().map(c -> HeaderCell.of(c.label())).toList()),
        columns(district),
        rows,
        List.of());
  }

  private static void addFunds(
      BudgetView view, List<TableRow> rows, String key, String label, LegFilter funds) {
    rows.add(funds(view, "funds:" + key, label + " 合计", funds));
    rows.add(
        funds(
            view,
            "funds:" + key + "Basic",
            label + " 基本支出",
            funds.kinds(ExpenditureKind.BASIC_PERSONNEL, ExpenditureKind.BASIC_PUBLIC)));
    rows.add(
        funds(
            view,
            "funds:" + key + "Project",
            label + " 项目支出",
            funds.kinds(ExpenditureKind.PROJECT)));
    if (Cells.holdsReserve(view)) {
      // in the 合计 and in neither 基本 nor 项目: a row of its own where a budget has some
      rows.add(
          funds(
              view,
              "funds:" + key + "Reserve",
              label + " 单位预留机动经费",
              funds.kinds(ExpenditureKind.RESERVE)));
    }
  }

  private static TableRow funds(BudgetView view, String key, String label, LegFilter filter) {
    return new TableRow(
        key,
        RowType.SUBTOTAL,
        List.of(Cells.text("activity", label), Cells.legs("amount", view, filter, DECIMALS)));
  }

  private static TableRow text(String key, String label, String text) {
    return new TableRow(
        key,
        RowType.TEXT,
        List.of(
            Cells.text("activity", label),
            TableCell.fact("indicator", text, "部门整体支出绩效目标：" + label)));
  }

  private static List<Column> columns(boolean district) {
    return List.of(
        new Column("activity", "活动"),
        new Column("indicator", "绩效指标"),
        new Column("nature", "指标性质"),
        new Column("value", "指标值"),
        new Column("measure", district ? "质量单位" : "度量单位"),
        new Column("amount", "金额（万元）"));
  }
}
