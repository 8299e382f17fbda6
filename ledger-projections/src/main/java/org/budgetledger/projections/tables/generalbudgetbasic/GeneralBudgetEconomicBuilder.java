package org.budgetledger.projections.tables.generalbudgetbasic;

import org.budgetledger.core.model.FundSource;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.entries.LegFilter;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.DisclosureTableBuilder;
import org.budgetledger.projections.tables.TableKind;
import org.springframework.stereotype.Component;

/**
 * 一般公共预算支出表 by economic code (Xi'an's 表6 一般公共预算支出明细表（按支出经济分类科目）): all spending funded by 一般公共预算,
 * basic and project, by 政府支出经济分类 × 部门支出经济分类, summed over units and functions, sorted by the codes
 * as 基本支出表 is ({@link EconomicBasicTable}).
 *
 * <p>Row keys {@code <gov econ>|<dept econ>} and {@code total}. Columns: {@code govEconomic},
 * {@code deptEconomic}, {@code total} (basic and project), {@code personnel}, {@code public}. The
 * table's 项目支出 column is not one of them: it is the 项目支出 table by economic code, compared there.
 */
@Component
public class GeneralBudgetEconomicBuilder implements DisclosureTableBuilder {

  @Override
  public TableKind kind() {
    return TableKind.GENERAL_BUDGET_ECONOMIC;
  }

  @Override
  public DisclosureTable build(BudgetView view) {
    LegFilter general = LegFilter.spending().fundSources(FundSource.GENERAL_BUDGET);
    return EconomicBasicTable.byCodePair(view, kind(), general, general);
  }
}
