package org.budgetledger.app.importer.document;

import java.util.ArrayList;
import java.util.List;
import org.budgetledger.app.importer.problem.ProblemKind;

/**
 * Reads 一般公共预算(财政拨款)支出表. The header's 合计 column tells the layout: unit, code, name (district) or
 * code, name (municipal). Where no unit is printed, units are delimited by the rule the municipal
 * document follows: function codes ascend within a unit, so a code not greater than the previous
 * one starts the next unit. The units found that way are unnamed: a warning says so.
 */
final class GeneralBudgetExpenditureReader {
  private static final String[] AMOUNTS = {"合计", "基本支出/小计", "人员经费", "公用经费", "项目支出总数", "扣除基建项目后预算数"};

  private GeneralBudgetExpenditureReader() {}

  static GeneralBudgetExpenditure read(TableBody body, Problems problems, DecimalsTally tally) {
    CellReader reader = new CellReader(problems, body, tally);
    List<SourceLine> headers = new ArrayList<>();
    boolean headerChecked = false;
    List<GeneralBudgetRow> rows = new ArrayList<>();
    UnitSplitter units = new UnitSplitter();
    GeneralBudgetRow total = null;
    SourceLine firstRow = null;
    for (SourceLine row : body.rows()) {
      List<String> cells = row.cells();
      if (Rows.isEmpty(cells)) {
        continue;
      }
      int offset = Rows.columnOf(headers, "合计");
      boolean isTotal = Rows.isTotal(cells, Math.max(offset, 1));
      if (Rows.isHeader(cells) && !isTotal) {
        headers.add(row);
        continue;
      }
      if (offset < 2) {
        reader.problem(
            row,
            "合计",
            ProblemKind.HEADER_MISSING,
            "合计",
            "no header placing 合计 after the function code and name");
        continue;
      }
      if (!headerChecked) {
        HeaderOrder.check(headers, offset, AMOUNTS, reader);
        headerChecked = true;
      }
      PublishedAmount[] amounts = reader.amounts(row, cells, offset, AMOUNTS);
      if (isTotal) {
        total =
            new GeneralBudgetRow(
                0,
                null,
                null,
                null,
                null,
                amounts[0],
                amounts[1],
                amounts[2],
                amounts[3],
                amounts[4],
                amounts[5],
                row.lineNo());
        continue;
      }
      String code = Texts.compact(CellReader.text(cells, offset - 2));
      if (!code.matches("\\d{3}|\\d{5}|\\d{7}")) {
        reader.problem(row, "科目编码", ProblemKind.NOT_A_CODE, code);
        continue;
      }
      DocumentUnit unit =
          offset >= 3
              ? units.printed(row, CellReader.text(cells, offset - 3), reader)
              : units.byAscendingCodes(row, code);
      if (unit == null) {
        continue;
      }
      firstRow = firstRow == null ? row : firstRow;
      rows.add(
          new GeneralBudgetRow(
              unit.ordinal(),
              unit.code(),
              unit.name(),
              code,
              Texts.debreak(CellReader.text(cells, offset - 1)),
              amounts[0],
              amounts[1],
              amounts[2],
              amounts[3],
              amounts[4],
              amounts[5],
              row.lineNo()));
    }
    if (units.unnamed()) {
      problems.warn(
          firstRow, body.heading().label(), ProblemKind.UNITS_UNNAMED, units.units().size());
    }
    return new GeneralBudgetExpenditure(body.heading(), rows, units.units(), total);
  }
}
