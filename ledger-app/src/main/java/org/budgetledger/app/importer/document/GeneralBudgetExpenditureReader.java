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
    List<GeneralBudgetRow> rows = new ArrayList<>();
    UnitSplitter units = new UnitSplitter();
    GeneralBudgetRow total = null;
    List<Coded> coded = new ArrayList<>();
    SourceLine firstRow = null;
    for (MeasuredRows.Row row :
        MeasuredRows.read(
            body,
            reader,
            AMOUNTS,
            o -> o >= 2,
            "no header placing 合计 after the function code and name")) {
      PublishedAmount[] amounts = row.amounts();
      int offset = row.offset();
      if (row.total()) {
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
                row.line().lineNo());
        continue;
      }
      String code = Texts.compact(row.text(offset - 2));
      if (code.isEmpty() && offset >= 3 && !row.text(offset - 3).isBlank()) {
        // a unit's own row (its name, no code): the sum of the unit's rows, compared, not a line
        coded.add(new Coded(row.line(), code, offset, amounts));
        continue;
      }
      if (!code.matches("\\d{3}|\\d{5}|\\d{7}")) {
        reader.problem(row.line(), "科目编码", ProblemKind.NOT_A_CODE, code);
        continue;
      }
      coded.add(new Coded(row.line(), code, offset, amounts));
    }
    List<String> codes = coded.stream().map(Coded::code).toList();
    // the item read from each coded row, null for a subtotal or a row of no unit
    GeneralBudgetRow[] items = new GeneralBudgetRow[coded.size()];
    List<Coded> unitRows = new ArrayList<>();
    List<DocumentUnit> unitOfRows = new ArrayList<>();
    for (int i = 0; i < coded.size(); i++) {
      Coded c = coded.get(i);
      if (c.code().isEmpty()) {
        DocumentUnit unit =
            units.printed(c.row(), CellReader.text(c.row().cells(), c.offset() - 3), reader);
        if (unit != null) {
          unitRows.add(c);
          unitOfRows.add(unit);
        }
        continue;
      }
      if (isSubtotal(c.code(), codes)) {
        continue;
      }
      List<String> cells = c.row().cells();
      DocumentUnit unit =
          c.offset() >= 3
              ? units.printed(c.row(), CellReader.text(cells, c.offset() - 3), reader)
              : units.byAscendingCodes(c.row(), c.code());
      if (unit == null) {
        continue;
      }
      firstRow = firstRow == null ? c.row() : firstRow;
      GeneralBudgetRow item = c.of(unit.ordinal(), unit.code(), unit.name());
      rows.add(item);
      items[i] = item;
    }
    List<GeneralBudgetSubtotal> subtotals = new ArrayList<>();
    for (int i = 0; i < unitRows.size(); i++) {
      DocumentUnit unit = unitOfRows.get(i);
      List<GeneralBudgetRow> under =
          rows.stream().filter(r -> r.unitOrdinal() == unit.ordinal()).toList();
      if (!under.isEmpty()) {
        subtotals.add(
            new GeneralBudgetSubtotal(
                unitRows.get(i).of(unit.ordinal(), unit.code(), unit.name()), under));
      }
    }
    for (int i = 0; i < coded.size(); i++) {
      Coded c = coded.get(i);
      if (!c.code().isEmpty() && isSubtotal(c.code(), codes)) {
        List<GeneralBudgetRow> under = itemsOf(coded, i, items);
        if (!under.isEmpty()) {
          GeneralBudgetRow first = under.get(0);
          subtotals.add(
              new GeneralBudgetSubtotal(
                  c.of(first.unitOrdinal(), first.unitCode(), first.unitName()), under));
        }
      }
    }
    if (units.unnamed()) {
      problems.warn(
          firstRow, body.heading().label(), ProblemKind.UNITS_UNNAMED, units.units().size());
    }
    return new GeneralBudgetExpenditure(body.heading(), rows, units.units(), total, subtotals);
  }

  /** A 类 or 款 code printed above longer codes: the subtotal of its items, not a line. */
  private static boolean isSubtotal(String code, List<String> codes) {
    return code.length() < 7
        && codes.stream().anyMatch(c -> c.length() > code.length() && c.startsWith(code));
  }

  /**
   * The items printed with a subtotal: the rows right below it under its code (a 类 heads its
   * items), else those right above it.
   */
  private static List<GeneralBudgetRow> itemsOf(
      List<Coded> coded, int at, GeneralBudgetRow[] items) {
    String code = coded.get(at).code();
    List<GeneralBudgetRow> below = new ArrayList<>();
    for (int j = at + 1; j < coded.size() && coded.get(j).code().startsWith(code); j++) {
      java.util.Optional.ofNullable(items[j]).ifPresent(below::add);
    }
    if (!below.isEmpty()) {
      return below;
    }
    List<GeneralBudgetRow> above = new ArrayList<>();
    for (int j = at - 1; j >= 0 && coded.get(j).code().startsWith(code); j--) {
      java.util.Optional.ofNullable(items[j]).ifPresent(r -> above.add(0, r));
    }
    return above;
  }

  /** A coded row read, before its unit is known. */
  private record Coded(SourceLine row, String code, int offset, PublishedAmount[] amounts) {
    GeneralBudgetRow of(int unitOrdinal, String unitCode, String unitName) {
      return new GeneralBudgetRow(
          unitOrdinal,
          unitCode,
          unitName,
          code,
          Texts.debreak(CellReader.text(row.cells(), offset - 1)),
          amounts[0],
          amounts[1],
          amounts[2],
          amounts[3],
          amounts[4],
          amounts[5],
          row.lineNo());
    }
  }
}
