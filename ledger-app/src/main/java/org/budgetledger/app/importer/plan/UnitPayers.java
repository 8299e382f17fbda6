package org.budgetledger.app.importer.plan;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.budgetledger.app.importer.document.DisclosureDocument;
import org.budgetledger.app.importer.document.GeneralBudgetRow;
import org.budgetledger.app.importer.published.DocumentCodes;
import org.budgetledger.core.model.ExpenditureKind;

/**
 * The units whose lines a source recorded on the whole department may pay, where the document
 * prints 支出总表 by unit: each unit printing the function in the kind's column there. 收入总表 then gives
 * the source's income for the department only, but 支出总表 by unit says which unit spends on which
 * function, and its rows, margins of the unit's lines ({@link UnitExpenditureMargins}), fix how
 * much: the money sits on the units as printed instead of on the department.
 */
final class UnitPayers {
  private UnitPayers() {}

  /** {@code units} itself unless it is the department's income unit alone and 支出总表 is by unit. */
  static List<String> of(
      DisclosureDocument doc,
      String department,
      String function,
      ExpenditureKind kind,
      List<String> units) {
    if (doc.expenditureByUnit() == null
        || doc.expenditureByUnit().rows().isEmpty()
        || !units.equals(List.of(DocumentCodes.departmentIncomeUnitCode(department)))) {
      return units;
    }
    Set<String> printing = new LinkedHashSet<>();
    for (GeneralBudgetRow r : doc.expenditureByUnit().rows()) {
      if (function.equals(r.functionCode()) && LineGrid.present(LineGrid.column(r, kind))) {
        printing.add(LineGrid.unitCode(department, r));
      }
    }
    return List.copyOf(printing);
  }
}
