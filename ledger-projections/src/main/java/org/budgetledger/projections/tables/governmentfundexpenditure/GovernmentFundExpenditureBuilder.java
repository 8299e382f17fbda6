package org.budgetledger.projections.tables.governmentfundexpenditure;

import org.budgetledger.core.model.FundSource;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.DisclosureTableBuilder;
import org.budgetledger.projections.tables.FundExpenditureTable;
import org.budgetledger.projections.tables.TableKind;
import org.springframework.stereotype.Component;

/**
 * 政府性基金预算财政拨款支出表 (district 预算08表, municipal 预算07表 政府性基金预算支出表): spending funded by 政府性基金预算, by
 * function. Row and column keys as {@link FundExpenditureTable}: function code rows and {@code
 * total}; {@code total}, {@code basic}, {@code project}.
 */
@Component
public class GovernmentFundExpenditureBuilder implements DisclosureTableBuilder {
  @Override
  public TableKind kind() {
    return TableKind.GOVERNMENT_FUND_EXPENDITURE;
  }

  @Override
  public DisclosureTable build(BudgetView view) {
    return FundExpenditureTable.build(view, kind(), FundSource.GOVERNMENT_FUND, "本年预算数");
  }
}
