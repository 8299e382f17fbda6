package org.budgetledger.projections.tables.generalbudgetbasic;

import org.budgetledger.core.model.FundSource;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.DisclosureTableBuilder;
import org.budgetledger.projections.tables.TableKind;
import org.springframework.stereotype.Component;

/**
 * 一般公共预算财政拨款基本支出表 (district 预算07表, municipal 预算06表 一般公共预算基本支出表): basic spending funded by 一般公共预算,
 * by 政府支出经济分类 × 部门支出经济分类; layout as {@link EconomicBasicTable}.
 */
@Component
public class GeneralBudgetBasicBuilder implements DisclosureTableBuilder {
  @Override
  public TableKind kind() {
    return TableKind.GENERAL_BUDGET_BASIC;
  }

  @Override
  public DisclosureTable build(BudgetView view) {
    return EconomicBasicTable.build(view, kind(), FundSource.GENERAL_BUDGET);
  }
}
