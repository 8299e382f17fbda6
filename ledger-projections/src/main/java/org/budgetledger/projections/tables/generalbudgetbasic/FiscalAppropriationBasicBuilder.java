package org.budgetledger.projections.tables.generalbudgetbasic;

import org.budgetledger.core.model.FundSource;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.DisclosureTableBuilder;
import org.budgetledger.projections.tables.TableKind;
import org.springframework.stereotype.Component;

/**
 * 财政拨款基本支出表 by economic code (Jiangsu's 公开06表 财政拨款基本支出表（经济科目）): basic spending of 财政拨款 (一般公共预算,
 * 政府性基金预算, 国有资本经营预算, DOMAIN §2) by 政府支出经济分类 × 部门支出经济分类; layout as {@link EconomicBasicTable}. Where
 * only 一般公共预算 holds basic money it equals 一般公共预算基本支出表 row for row; basic money of the other two
 * funds, which no table prints by code, stays on the {@code -|-} row. A table of every source
 * printing 财政拨款 as a 小计 beside its 合计 and its funds is rebuilt with those two columns too ({@link
 * EconomicBasicTable#fiscal}).
 */
@Component
public class FiscalAppropriationBasicBuilder implements DisclosureTableBuilder {
  @Override
  public TableKind kind() {
    return TableKind.FISCAL_APPROPRIATION_BASIC;
  }

  @Override
  public DisclosureTable build(BudgetView view) {
    return EconomicBasicTable.fiscal(
        view,
        kind(),
        FundSource.GENERAL_BUDGET,
        FundSource.GOVERNMENT_FUND,
        FundSource.STATE_CAPITAL);
  }
}
