package org.budgetledger.app.importer.document;

import java.util.List;

/**
 * 一般公共预算(财政拨款)支出表: rows unit by unit, the units as this table delimits them, the 合计 row (its unit
 * and codes null), and the 类 and 款 rows printed above their items ({@code subtotals}: the sums of
 * rows, compared, never lines).
 */
public record GeneralBudgetExpenditure(
    TableHeading heading,
    List<GeneralBudgetRow> rows,
    List<DocumentUnit> units,
    GeneralBudgetRow total,
    List<GeneralBudgetSubtotal> subtotals) {
  public GeneralBudgetExpenditure {
    rows = List.copyOf(rows);
    subtotals = List.copyOf(subtotals);
    units = List.copyOf(units);
  }

  public List<GeneralBudgetRow> rowsOfUnit(int ordinal) {
    return rows.stream().filter(r -> r.unitOrdinal() == ordinal).toList();
  }
}
