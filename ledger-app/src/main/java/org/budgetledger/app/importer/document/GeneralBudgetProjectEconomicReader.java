package org.budgetledger.app.importer.document;

import java.util.ArrayList;
import java.util.List;
import org.budgetledger.app.importer.problem.ProblemKind;

/**
 * Reads 一般公共预算项目支出表 by economic code: a 部门经济分类 code-name cell, then 合计; a 类 row above its codes is
 * a subtotal ({@link EconomicClassRows}).
 */
final class GeneralBudgetProjectEconomicReader {
  private static final String CODE = "部门支出经济分类科目";
  private static final String[] AMOUNTS = {"合计"};

  private GeneralBudgetProjectEconomicReader() {}

  static GeneralBudgetProjectEconomic read(TableBody body, Problems problems, DecimalsTally tally) {
    CellReader reader = new CellReader(problems, body, tally);
    List<SourceLine> headers = new ArrayList<>();
    List<ProjectEconomicRow> rows = new ArrayList<>();
    ProjectEconomicRow total = null;
    for (SourceLine row : body.rows()) {
      List<String> cells = row.cells();
      if (Rows.isEmpty(cells)) {
        continue;
      }
      int offset = Rows.columnOf(headers, "合计");
      boolean isTotal = offset > 0 && Rows.isTotal(cells, offset);
      if (Rows.isHeader(cells) && !isTotal) {
        headers.add(row);
        continue;
      }
      if (offset != 1) {
        reader.problem(
            row, "合计", ProblemKind.HEADER_MISSING, "合计", "header does not put 合计 after the code");
        continue;
      }
      PublishedAmount amount = reader.amounts(row, cells, offset, AMOUNTS)[0];
      if (isTotal) {
        total = new ProjectEconomicRow(null, amount, row.lineNo());
        continue;
      }
      CodedName dept = CodedName.parse(CellReader.text(cells, 0)).orElse(null);
      if (dept == null) {
        reader.problem(row, CODE, ProblemKind.NOT_A_CODE, CellReader.text(cells, 0));
        continue;
      }
      rows.add(new ProjectEconomicRow(dept, amount, row.lineNo()));
    }
    List<ProjectEconomicRow> lines = new ArrayList<>();
    List<ProjectEconomicRow> subtotals = new ArrayList<>();
    for (ProjectEconomicRow read : rows) {
      (EconomicClassRows.isClassRow(read, rows, ProjectEconomicRow::deptEconomic)
              ? subtotals
              : lines)
          .add(read);
    }
    return new GeneralBudgetProjectEconomic(body.heading(), lines, total, subtotals);
  }
}
