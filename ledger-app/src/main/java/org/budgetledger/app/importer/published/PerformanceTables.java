package org.budgetledger.app.importer.published;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetledger.app.importer.document.ActivityRow;
import org.budgetledger.app.importer.document.DepartmentPerformanceTable;
import org.budgetledger.app.importer.document.DisclosureDocument;
import org.budgetledger.app.importer.document.FundingCell;
import org.budgetledger.app.importer.document.IndicatorRow;
import org.budgetledger.app.importer.document.ProjectGroup;
import org.budgetledger.app.importer.document.ProjectPerformanceTable;
import org.budgetledger.core.model.DisclosureFormat;
import org.budgetledger.projections.reconciliation.UnreadableCell;
import org.budgetledger.projections.tables.Column;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.RowType;
import org.budgetledger.projections.tables.TableCell;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.TableRow;

/**
 * 项目支出绩效表 ({@code project:<code>#<n>}, {@code indicator:<code>#<n>:<i>}) and 部门整体支出绩效 目标表 ({@code
 * department}, {@code funds:*}, {@code goal}, {@code notes}, {@code activity:<i>}) as printed;
 * money at 6 decimals as both formats print it. A project row whose unit cell the PDF dropped has
 * no {@code unitName} cell: the document does not show it there.
 */
final class PerformanceTables {
  private static final int DECIMALS = 6;
  private static final List<String> FUNDS =
      List.of(
          "funds:total",
          "funds:fiscal",
          "funds:fiscalBasic",
          "funds:fiscalProject",
          "funds:other",
          "funds:otherBasic",
          "funds:otherProject");

  private PerformanceTables() {}

  static DisclosureTable projects(DisclosureDocument document, ProjectPerformanceTable table) {
    boolean district = document.header().format() == DisclosureFormat.DISTRICT;
    List<TableRow> rows = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (ProjectGroup g : table.groups()) {
      String group = g.projectCode() + "#" + seen.merge(g.projectCode(), 1, Integer::sum);
      List<TableCell> cells = new ArrayList<>();
      if (district && g.unit() != null) {
        cells.add(PrintedCells.fact("unitName", g.unit().toString(), g.lineNo()));
      }
      cells.add(PrintedCells.fact("project", g.projectCode() + "-" + g.projectName(), g.lineNo()));
      cells.add(PrintedCells.money("total", g.total(), DECIMALS, g.lineNo()));
      cells.add(PrintedCells.money("fiscal", g.fiscal(), DECIMALS, g.lineNo()));
      cells.add(PrintedCells.money("other", g.other(), DECIMALS, g.lineNo()));
      cells.add(PrintedCells.fact("goal", g.goal(), g.lineNo()));
      rows.add(new TableRow("project:" + group, RowType.DETAIL, cells));
      int i = 0;
      for (IndicatorRow indicator : g.indicators()) {
        int line = indicator.lineNo();
        List<TableCell> facts =
            new ArrayList<>(
                List.of(
                    PrintedCells.fact("level1", indicator.level1(), line),
                    PrintedCells.fact("level2", indicator.level2(), line),
                    PrintedCells.fact("level3", indicator.level3(), line),
                    PrintedCells.fact("nature", indicator.nature(), line),
                    PrintedCells.fact("value", indicator.value(), line),
                    PrintedCells.fact("measure", indicator.unit(), line)));
        if (district) {
          facts.add(PrintedCells.fact("direction", indicator.direction(), line));
        }
        rows.add(new TableRow("indicator:" + group + ":" + (++i), RowType.TEXT, facts));
      }
    }
    List<Column> columns = new ArrayList<>();
    if (district) {
      columns.add(new Column("unitName", "单位名称"));
    }
    columns.addAll(
        PrintedCells.columns(
            "project", "项目名称", "total", "项目总额", "fiscal", "财政资金", "other", "其他资金", "goal", "绩效目标",
            "level1", "一级指标", "level2", "二级指标", "level3", "三级指标", "nature", "绩效指标性质", "value",
            "本年绩效指标值", "measure", "绩效度量单位"));
    if (district) {
      columns.add(new Column("direction", "指标方向性"));
    }
    return PrintedCells.table(
        document, table.heading(), TableKind.PROJECT_PERFORMANCE, columns, rows, List.of());
  }

  static DisclosureTable department(
      DisclosureDocument document,
      DepartmentPerformanceTable table,
      List<UnreadableCell> unreadable) {
    boolean district = document.header().format() == DisclosureFormat.DISTRICT;
    int line = table.heading().lineNo();
    List<TableRow> rows = new ArrayList<>();
    rows.add(text("department", district ? "部门（单位）名称" : "部门名称", table.departmentName(), line));
    Map<String, FundingCell> funds = new LinkedHashMap<>();
    String group = "funds:fiscal";
    for (FundingCell cell : table.funding()) {
      group =
          cell.label().contains("其他资金")
              ? "funds:other"
              : cell.label().contains("财政拨款") ? "funds:fiscal" : group;
      String key = fundsKey(cell.label(), group);
      if (key == null || funds.containsKey(key)) {
        unreadable.add(
            new UnreadableCell(
                TableKind.DEPARTMENT_PERFORMANCE,
                cell.amount().lineNo(),
                "总体资金情况/" + cell.label(),
                key == null
                    ? "heading names no known part of 总体资金情况"
                    : "a second amount for " + key));
      } else {
        funds.put(key, cell);
      }
    }
    for (String key : FUNDS) {
      FundingCell cell = funds.get(key);
      rows.add(
          new TableRow(
              key,
              RowType.SUBTOTAL,
              List.of(
                  PrintedCells.label("activity", cell == null ? key : cell.label()),
                  PrintedCells.money("amount", cell == null ? null : cell.amount(), DECIMALS, 0))));
    }
    rows.add(text("goal", "整体绩效目标", table.overallGoal(), line));
    rows.add(text("notes", "其他说明", table.otherNotes(), line));
    int i = 0;
    for (ActivityRow a : table.activities()) {
      rows.add(
          new TableRow(
              "activity:" + (++i),
              RowType.TEXT,
              List.of(
                  PrintedCells.fact("activity", a.activity(), a.lineNo()),
                  PrintedCells.fact("indicator", a.indicator(), a.lineNo()),
                  PrintedCells.fact("nature", a.nature(), a.lineNo()),
                  PrintedCells.fact("value", a.value(), a.lineNo()),
                  PrintedCells.fact("measure", a.unit(), a.lineNo()))));
    }
    return PrintedCells.table(
        document,
        table.heading(),
        TableKind.DEPARTMENT_PERFORMANCE,
        PrintedCells.columns(
            "activity",
            "活动",
            "indicator",
            "绩效指标",
            "nature",
            "指标性质",
            "value",
            "指标值",
            "measure",
            district ? "质量单位" : "度量单位",
            "amount",
            "金额（万元）"),
        rows,
        List.of());
  }

  /**
   * The row of an amount of 总体资金情况 by the heading words above it: 预算支出总额; else its group and 合计 /
   * 基本支出 / 项目支出. Only a group's first column names the group (其他资金/合计, then 基本支出), so the group is
   * the last one named, 财政拨款 before any (its columns come first).
   */
  static String fundsKey(String label, String group) {
    if (label.contains("预算支出总额")) {
      return "funds:total";
    }
    String part = group;
    if (label.endsWith("合计")) {
      return part;
    }
    if (label.endsWith("基本支出")) {
      return part + "Basic";
    }
    return label.endsWith("项目支出") ? part + "Project" : null;
  }

  private static TableRow text(String key, String label, String text, int line) {
    return new TableRow(
        key,
        RowType.TEXT,
        List.of(
            PrintedCells.label("activity", label),
            PrintedCells.fact("indicator", text == null ? "" : text, line)));
  }
}
