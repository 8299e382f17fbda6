package org.budgetledger.projections.tables.projectperformance;

import java.util.ArrayList;
import java.util.List;
import org.budgetledger.projections.tables.Column;
import org.budgetledger.projections.tables.HeaderCell;
import org.budgetledger.projections.tables.TableFrame;

/** The header of 项目支出绩效表: 其中 over 财政资金 and 其他资金, every other heading two rows high. */
final class ProjectPerformanceLayout {
  private ProjectPerformanceLayout() {}

  static List<List<HeaderCell>> header(boolean district) {
    List<HeaderCell> top = new ArrayList<>();
    for (Column column : columns(district)) {
      switch (column.key()) {
        case "fiscal" -> top.add(TableFrame.span("其中：", 2, 1));
        case "other" -> {}
        default -> top.add(TableFrame.span(column.label(), 1, 2));
      }
    }
    return List.of(top, List.of(HeaderCell.of("财政资金"), HeaderCell.of("其他资金")));
  }

  static List<Column> columns(boolean district) {
    List<Column> columns = new ArrayList<>();
    if (district) {
      columns.add(new Column("unitName", "单位名称"));
    }
    columns.addAll(
        List.of(
            new Column("project", "项目名称"),
            new Column("total", "项目总额"),
            new Column("fiscal", "财政资金"),
            new Column("other", "其他资金"),
            new Column("goal", "绩效目标"),
            new Column("level1", "一级指标"),
            new Column("level2", "二级指标"),
            new Column("level3", "三级指标"),
            new Column("nature", "绩效指标性质"),
            new Column("value", "本年绩效指标值"),
            new Column("measure", "绩效度量单位")));
    if (district) {
      columns.add(new Column("direction", "指标方向性"));
    }
    return columns;
  }
}
