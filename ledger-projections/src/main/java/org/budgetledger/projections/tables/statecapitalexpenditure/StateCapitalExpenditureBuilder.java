package org.budgetledger.projections.tables.statecapitalexpenditure;

import org.budgetledger.core.model.FundSource;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.DisclosureTableBuilder;
import org.budgetledger.projections.tables.FundExpenditureTable;
import org.budgetledger.projections.tables.TableKind;
import org.springframework.stereotype.Component;

/**
 * 国有资本经营预算财政拨款支出表 (district 预算09表, municipal 预算08表 国有资本经营预算支出表): spending funded by 国有资本经营预算, by
 * function. Row and column keys as {@link FundExpenditureTable}: function code rows and {@code
 * total}; {@code total}, {@code basic}, {@code project}.
 */
@Component
public class StateCapitalExpenditureBuilder implements DisclosureTableBuilder {
  @Override
  public TableKind kind() {
    return TableKind.STATE_CAPITAL_EXPENDITURE;
  }

  @Override
  public DisclosureTable build(BudgetView view) {
    return FundExpenditureTable.build(view, kind(), FundSource.STATE_CAPITAL, "本年国有资本经营预算支出");
  }
}
