package org.budgetledger.projections.tables.functionspending;

import java.util.List;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.entries.LegFilter;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.DisclosureTableBuilder;
import org.budgetledger.projections.tables.TableKind;
import org.springframework.stereotype.Component;

/**
 * 财政拨款支出表 by 支出功能分类 (Jiangsu's 公开05表): spending of 财政拨款 (一般公共预算, 政府性基金预算, 国有资本经营预算, DOMAIN §2) by
 * function, 合计 / 基本支出 (人员经费, 公用经费) / 项目支出; layout as {@link FunctionSpendingTable}.
 */
@Component
public class FiscalAppropriationExpenditureBuilder implements DisclosureTableBuilder {
  static final List<String> MEASURES = List.of("total", "basic", "personnel", "public", "project");

  @Override
  public TableKind kind() {
    return TableKind.FISCAL_APPROPRIATION_EXPENDITURE;
  }

  @Override
  public DisclosureTable build(BudgetView view) {
    LegFilter fiscal =
        LegFilter.spending()
            .fundSources(
                FundSource.GENERAL_BUDGET, FundSource.GOVERNMENT_FUND, FundSource.STATE_CAPITAL);
    return FunctionSpendingTable.build(view, kind(), fiscal, MEASURES);
  }
}
