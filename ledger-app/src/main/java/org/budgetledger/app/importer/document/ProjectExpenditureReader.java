package org.budgetledger.app.importer.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetledger.projections.tables.projectexpenditure.ProjectColumn;

/**
 * Reads the canonical 项目支出表: a header row starting 项目名称, then per row 项目名称, 单位名称 and the figures of
 * {@link ProjectColumn#ALL} in that order; the row named 合计 is the table's total, a row named 单位小计
 * the subtotal of the unit in its 单位名称 cell.
 */
final class ProjectExpenditureReader {
  static final String UNIT_SUBTOTAL = "单位小计";
  private static final String[] COLUMNS =
      ProjectColumn.ALL.stream().map(ProjectColumn::header).toArray(String[]::new);

  private ProjectExpenditureReader() {}

  static ProjectExpenditure read(TableBody body, Problems problems, DecimalsTally tally) {
    CellReader reader = new CellReader(problems, body, tally);
    List<ProjectExpenditureRow> rows = new ArrayList<>();
    ProjectExpenditureRow total = null;
    for (SourceLine line : body.rows()) {
      List<String> cells = line.cells();
      if (Rows.isEmpty(cells) || Texts.compact(CellReader.text(cells, 0)).equals("项目名称")) {
        continue;
      }
      PublishedAmount[] amounts = reader.amounts(line, cells, 2, COLUMNS);
      Map<String, PublishedAmount> byColumn = new LinkedHashMap<>();
      for (int i = 0; i < COLUMNS.length; i++) {
        byColumn.put(ProjectColumn.ALL.get(i).key(), amounts[i]);
      }
      String name = CellReader.text(cells, 0);
      boolean isTotal = Rows.isTotal(cells, 1);
      ProjectExpenditureRow row =
          new ProjectExpenditureRow(
              name, CellReader.text(cells, 1), name.equals(UNIT_SUBTOTAL), byColumn, line.lineNo());
      if (isTotal) {
        total = row;
      } else {
        rows.add(row);
      }
    }
    return new ProjectExpenditure(body.heading(), rows, total);
  }
}
