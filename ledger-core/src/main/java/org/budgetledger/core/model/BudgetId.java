package org.budgetledger.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies the budget of one department in one fiscal year: {@code 2026-201}. */
public record BudgetId(FiscalYear year, DepartmentCode department) {
  public static BudgetId of(int year, String department) {
    return new BudgetId(FiscalYear.of(year), DepartmentCode.of(department));
  }

  @JsonCreator
  public static BudgetId parse(String text) {
    int dash = text == null ? -1 : text.indexOf('-');
    if (dash != 4) {
      throw new InvalidValueException("'" + text + "' is not a budget id (YEAR-DEPARTMENT)");
    }
    try {
      return of(Integer.parseInt(text.substring(0, 4)), text.substring(5));
    } catch (NumberFormatException e) {
      throw new InvalidValueException("'" + text + "' is not a budget id (YEAR-DEPARTMENT)");
    }
  }

  @JsonValue
  @Override
  public String toString() {
    return year + "-" + department;
  }
}
