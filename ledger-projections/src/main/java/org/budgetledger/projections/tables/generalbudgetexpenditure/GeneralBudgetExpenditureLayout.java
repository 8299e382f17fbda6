package org.budgetledger.projections.tables.generalbudgetexpenditure;

import java.util.ArrayList;
import java.util.List;
import org.budgetledger.projections.tables.Column;
import org.budgetledger.projections.tables.HeaderCell;
import org.budgetledger.projections.tables.TableFrame;

/** The three-level header of 一般公共预算财政拨款支出表; the district adds 单位名称 in front. */
final class GeneralBudgetExpenditureLayout {
  private GeneralBudgetExpenditureLayout() {}

  static List<List<HeaderCell>> header(boolean district) {
    List<HeaderCell> top = new ArrayList<>();
    if (district) {
      top.add(TableFrame.span("单位名称", 1, 3));
    }
    top.add(TableFrame.span("功能分类科目", 2, 1));
    top.add(TableFrame.span(district ? "本年预算数" : "预算数", 6, 1));
    return List.of(
        top,
        List.of(
            TableFrame.span("科目编码", 1, 2),
            TableFrame.span("科目名称", 1, 2),
            TableFrame.span("合计", 1, 2),
            TableFrame.span("基本支出", 3, 1),
            TableFrame.span("项目支出", 2, 1)),
        List.of(
            HeaderCell.of("小计"),
            HeaderCell.of("人员经费"),
            HeaderCell.of("公用经费"),
            HeaderCell.of("项目支出总数"),
            HeaderCell.of("扣除基建项目后预算数")));
  }

  static List<Column> columns(boolean district) {
    List<Column> columns = new ArrayList<>();
    if (district) {
      columns.add(new Column("unit", "单位名称"));
    }
    columns.addAll(
        List.of(
            new Column("functionCode", "科目编码"),
            new Column("functionName", "科目名称"),
            new Column("total", "合计"),
            new Column("basic", "基本支出小计"),
            new Column("personnel", "人员经费"),
            new Column("public", "公用经费"),
            new Column("project", "项目支出总数"),
            new Column("projectExcludingCapital", "扣除基建项目后预算数")));
    return columns;
  }
}
