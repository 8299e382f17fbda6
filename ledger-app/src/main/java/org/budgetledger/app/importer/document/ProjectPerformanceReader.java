package org.budgetledger.app.importer.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetledger.app.importer.problem.ProblemKind;

/**
 * Reads 项目支出绩效表 by content, because its rows lose leading cells and shift left: a cell holding a
 * project code starts a project group; any other row with a 一级指标 is an indicator of the group that
 * precedes it in the document, also across pages (the repeated title and header are skipped). A row
 * that is neither is a problem.
 */
final class ProjectPerformanceReader {
  // 项目 codes such as 11000022T000000444016, which the PDF may break: "11000022T000000444 016".
  private static final Pattern PROJECT_CELL =
      Pattern.compile("^([0-9A-Z][0-9A-Z ]{15,30}?)\\s*-\\s*(.+)$", Pattern.DOTALL);
  private static final Pattern PROJECT_CODE = Pattern.compile("\\d{8}[0-9A-Z]\\d{10,13}");
  private static final Pattern UNIT_CELL = Pattern.compile("^\\d{3,12}\\s*-\\s*\\D.*$");
  private static final Set<String> HEADER_WORDS = Set.of("项目名称", "财政资金", "单位名称");

  private ProjectPerformanceReader() {}

  static ProjectPerformanceTable read(TableBody body, Problems problems) {
    CellReader reader = new CellReader(problems, body, null);
    List<ProjectGroupBuilder> groups = new ArrayList<>();
    int level1Column = -1;
    int projectColumn = -1;
    for (SourceLine row : body.rows()) {
      List<String> cells = row.cells();
      if (Rows.isEmpty(cells)) {
        continue;
      }
      if (cells.stream().map(Texts::compact).anyMatch(HEADER_WORDS::contains)) {
        // Where the header puts 一级指标 and 项目名称: a row whose cells sit elsewhere shifted.
        int level1 = Rows.columnOf(List.of(row), "一级指标");
        int projectName = Rows.columnOf(List.of(row), "项目名称");
        level1Column = level1 >= 0 ? level1 : level1Column;
        projectColumn = projectName >= 0 ? projectName : projectColumn;
        continue;
      }
      int project = projectCell(cells);
      int indicatorStart;
      if (project >= 0) {
        ProjectGroupBuilder group = header(row, cells, project, projectColumn, reader);
        groups.add(group);
        indicatorStart = IndicatorParser.level1At(cells, group.afterGoal);
      } else {
        indicatorStart = IndicatorParser.level1At(cells, 0);
        if (indicatorStart < 0) {
          reader.problem(
              row, "行", ProblemKind.ROW_NOT_RECOGNISED, "neither a project nor an indicator row");
          continue;
        }
        if (groups.isEmpty()) {
          reader.problem(row, "项目名称", ProblemKind.INDICATOR_BEFORE_PROJECT);
          continue;
        }
      }
      if (indicatorStart >= 0) {
        IndicatorRow indicator =
            IndicatorParser.parse(row, cells, indicatorStart, level1Column, reader);
        if (indicator != null) {
          groups.get(groups.size() - 1).indicators.add(indicator);
        }
      }
    }
    return new ProjectPerformanceTable(
        body.heading(), groups.stream().map(ProjectGroupBuilder::build).toList());
  }

  private static int projectCell(List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      Matcher m = PROJECT_CELL.matcher(cells.get(i).strip());
      if (m.matches() && PROJECT_CODE.matcher(Texts.compact(m.group(1))).matches()) {
        return i;
      }
    }
    return -1;
  }

  private static ProjectGroupBuilder header(
      SourceLine row, List<String> cells, int project, int projectColumn, CellReader reader) {
    Matcher m = PROJECT_CELL.matcher(cells.get(project).strip());
    m.matches();
    ProjectGroupBuilder group =
        new ProjectGroupBuilder(Texts.compact(m.group(1)), Texts.debreak(m.group(2)), row.lineNo());
    for (int i = 0; i < project; i++) {
      if (UNIT_CELL.matcher(cells.get(i).strip()).matches()) {
        group.unit = CodedName.parse(cells.get(i)).orElse(null);
      }
    }
    // 项目总额, 财政资金, 其他资金: up to three amount-or-empty cells before the goal text.
    int i = project + 1;
    List<String> slots = new ArrayList<>();
    while (i < cells.size()
        && slots.size() < 3
        && !IndicatorWords.isLevel1(cells.get(i))
        && (cells.get(i).isBlank()
            || Texts.isAmountLike(cells.get(i))
            || Texts.isAmountShaped(cells.get(i)))) {
      slots.add(cells.get(i++));
    }
    group.total = slots.size() > 0 ? reader.amount(row, slots.get(0), "项目总额") : null;
    group.fiscal = slots.size() > 1 ? reader.amount(row, slots.get(1), "财政资金") : null;
    group.other = slots.size() > 2 ? reader.amount(row, slots.get(2), "其他资金") : null;
    while (i < cells.size() && cells.get(i).isBlank()) {
      i++;
    }
    if (i < cells.size() && !IndicatorWords.isLevel1(cells.get(i))) {
      group.goal = cells.get(i++).strip();
    }
    group.afterGoal = i;
    group.shifted = slots.size() != 3 || (projectColumn >= 0 && project != projectColumn);
    return group;
  }
}
