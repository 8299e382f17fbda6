package org.budgetledger.projections.tables.expenditurebyunit;

import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.entries.LegFilter;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.DisclosureTableBuilder;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.generalbudgetexpenditure.GeneralBudgetExpenditureBuilder;
import org.springframework.stereotype.Component;

/**
 * 支出总表 by unit (Shenzhen's 支出总表 under its 预算单位 column): the spending of every fund source, one row
 * per unit × function, 合计 / 基本支出 / 项目支出, in 一般公共预算支出表's layout and keys ({@code <unit>|<function>},
 * {@code total}); a unit's own row and its 类 and 款 rows printed above their items are compared with
 * the unit's rebuilt rows summed, as in that table.
 */
@Component
public class ExpenditureByUnitBuilder implements DisclosureTableBuilder {
  @Override
  public TableKind kind() {
    return TableKind.EXPENDITURE_BY_UNIT;
  }

  @Override
  public DisclosureTable build(BudgetView view) {
    return GeneralBudgetExpenditureBuilder.byUnit(view, kind(), LegFilter.spending());
  }
}
