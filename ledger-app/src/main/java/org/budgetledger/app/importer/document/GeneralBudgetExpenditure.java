package org.budgetledger.app.importer.document;

import java.util.List;

/**
 * 一般公共预算(财政拨款)支出表: rows unit by unit, the units as this table delimits them, and the 合计 row (its
 * unit and codes null).
 */
public record GeneralBudgetExpenditure(
    TableHeading heading,
    List<GeneralBudgetRow> rows,
    List<DocumentUnit> units,
    GeneralBudgetRow total) {
  public GeneralBudgetExpenditure {
    rows = List.copyOf(rows);
    units = List.copyOf(units);
  }

  public List<GeneralBudgetRow> rowsOfUnit(int ordinal) {
    return rows.stream().filter(r -> r.unitOrdinal() == ordinal).toList();
  }
}
