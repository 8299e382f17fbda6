package org.budgetledger.projections.budget;

import java.util.List;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.DisclosureFormat;
import org.budgetledger.core.model.Unit;

/**
 * Who the budget belongs to and how it is published: the department's name, its numbering of the
 * tables, its units, and the decimals of 万元 its documents print (2 district, 6 municipal).
 */
public record BudgetHeader(
    BudgetId id,
    String departmentName,
    DisclosureFormat format,
    List<Unit> units,
    int displayDecimals) {
  public BudgetHeader {
    units = List.copyOf(units);
  }
}
