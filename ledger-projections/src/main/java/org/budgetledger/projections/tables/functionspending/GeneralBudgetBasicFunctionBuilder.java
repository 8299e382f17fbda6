package org.budgetledger.projections.tables.functionspending;

import java.util.List;
import org.budgetledger.core.model.ExpenditureKind;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.entries.LegFilter;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.DisclosureTableBuilder;
import org.budgetledger.projections.tables.TableKind;
import org.springframework.stereotype.Component;

/**
 * 一般公共预算基本支出表 by 支出功能分类 (Xi'an's 一般公共预算基本支出明细表（按功能科目分）): 基本支出 of 一般公共预算 by function, 合计 / 人员经费 /
 * 公用经费; layout as {@link FunctionSpendingTable}.
 */
@Component
public class GeneralBudgetBasicFunctionBuilder implements DisclosureTableBuilder {
  static final List<String> MEASURES = List.of("total", "personnel", "public");

  @Override
  public TableKind kind() {
    return TableKind.GENERAL_BUDGET_BASIC_FUNCTION;
  }

  @Override
  public DisclosureTable build(BudgetView view) {
    LegFilter basic =
        LegFilter.spending()
            .fundSources(FundSource.GENERAL_BUDGET)
            .kinds(ExpenditureKind.BASIC_PERSONNEL, ExpenditureKind.BASIC_PUBLIC);
    return FunctionSpendingTable.build(view, kind(), basic, MEASURES);
  }
}
