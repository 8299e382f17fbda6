package org.budgetledger.projections.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetledger.core.model.ExpenditureKind.BASIC_PERSONNEL;
import static org.budgetledger.core.model.ExpenditureKind.PROJECT;
import static org.budgetledger.projections.tables.TableAssertions.amount;
import static org.budgetledger.projections.tables.TableAssertions.wan;

import org.budgetledger.core.model.DisclosureFormat;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.core.model.Origin;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.tables.fiscalappropriationsummary.FiscalAppropriationSummaryBuilder;
import org.budgetledger.projections.tables.governmentfundexpenditure.GovernmentFundExpenditureBuilder;
import org.budgetledger.projections.tables.incomeexpendituresummary.IncomeExpenditureSummaryBuilder;
import org.budgetledger.projections.tables.incomesummary.IncomeSummaryBuilder;
import org.junit.jupiter.api.Test;

/**
 * The tables of a budget with every kind of money, at the 北京市商务局 2026 figures (corpus
 * beijing13-2026-482a23e1.pdf, 预算01、02、04、07表): each income source in its own row and column, 政府性基金
 * spending in its own table, and the 12.23 万元 of income the budget keeps unspent as 年终结转结余 of 收支总表
 * but not of 财政拨款收支总表.
 */
class FundSourceTablesTest {
  private static final String D = "XCC5747-D";
  private final BudgetView view =
      new ViewFixture()
          .unit("XCC5747-U1", "单位1")
          .unit(D, "北京市商务局（部门收支，未分单位）")
          .line("XCC5747-U1", "2011301", "50101", "30101", BASIC_PERSONNEL, "138,649.635419")
          .line(
              D,
              "21598",
              "59999",
              "39999",
              PROJECT,
              null,
              FundSource.GOVERNMENT_FUND,
              "148,541.990021")
          .line(
              D,
              "2050302",
              "50501",
              "30107",
              BASIC_PERSONNEL,
              null,
              FundSource.NON_FISCAL,
              "1,212.494272")
          .income(D, FundSource.GENERAL_BUDGET, Origin.CURRENT_YEAR, wan("130,848.454864"))
          .income(D, FundSource.GOVERNMENT_FUND, Origin.CURRENT_YEAR, wan("147,000.000000"))
          .income(D, FundSource.FISCAL_SPECIAL_ACCOUNT, Origin.CURRENT_YEAR, wan("329.995000"))
          .income(D, FundSource.BUSINESS_INCOME, Origin.CURRENT_YEAR, wan("501.000000"))
          .income(D, FundSource.OTHER_INCOME, Origin.CURRENT_YEAR, wan("49.685000"))
          .income(D, FundSource.GENERAL_BUDGET, Origin.CARRY_OVER, wan("7,801.180555"))
          .income(D, FundSource.GOVERNMENT_FUND, Origin.CARRY_OVER, wan("1,541.990021"))
          .income(D, FundSource.UNIT_FUNDS, Origin.CARRY_OVER, wan("344.044272"))
          .build("XCC5747", "北京市商务局", DisclosureFormat.MUNICIPAL, 6);

  @Test
  void incomeExpenditureSummaryShowsEverySourceAndTheIncomeKeptUnspent() {
    DisclosureTable t = new IncomeExpenditureSummaryBuilder().build(view);
    assertThat(amount(t, "income:GOVERNMENT_FUND", "income")).isEqualTo(wan("147,000.000000"));
    assertThat(amount(t, "income:FISCAL_SPECIAL_ACCOUNT", "income")).isEqualTo(wan("329.995"));
    assertThat(amount(t, "income:BUSINESS_INCOME", "income")).isEqualTo(wan("501"));
    assertThat(amount(t, "income:OTHER_INCOME", "income")).isEqualTo(wan("49.685"));
    assertThat(amount(t, "totals:currentYear", "income")).isEqualTo(wan("278,729.134864"));
    assertThat(amount(t, "totals:currentYear", "spending")).isEqualTo(wan("288,404.119712"));
    assertThat(amount(t, "totals:carryOver", "income")).isEqualTo(wan("9,687.214848"));
    assertThat(amount(t, "totals:carryOver", "spending")).isEqualTo(wan("12.230000"));
    assertThat(amount(t, "totals:grand", "income")).isEqualTo(wan("288,416.349712"));
    assertThat(amount(t, "totals:grand", "spending")).isEqualTo(wan("288,416.349712"));
    assertThat(amount(t, "spending:215", "spending")).isEqualTo(wan("148,541.990021"));
  }

  @Test
  void fiscalAppropriationSummaryLeavesNonFiscalMoneyOut() {
    DisclosureTable t = new FiscalAppropriationSummaryBuilder().build(view);
    assertThat(amount(t, "totals:currentYear", "income")).isEqualTo(wan("277,848.454864"));
    assertThat(amount(t, "carryOver:GOVERNMENT_FUND", "income")).isEqualTo(wan("1,541.990021"));
    assertThat(amount(t, "totals:carryOver", "spending")).isEqualTo(Fen.ZERO);
    assertThat(amount(t, "totals:grand", "spending")).isEqualTo(wan("287,191.625440"));
    assertThat(amount(t, "spending:205", "spending")).isEqualTo(Fen.ZERO);
  }

  @Test
  void incomeSummaryPrintsEachSourceInItsColumn() {
    DisclosureTable t = new IncomeSummaryBuilder().build(view);
    assertThat(amount(t, "total", "total")).isEqualTo(wan("288,416.349712"));
    assertThat(amount(t, "total", "GOVERNMENT_FUND")).isEqualTo(wan("147,000"));
    assertThat(amount(t, "total", "carryOver:UNIT_FUNDS")).isEqualTo(wan("344.044272"));
    assertThat(amount(t, "total", "carryOver")).isEqualTo(wan("9,687.214848"));
  }

  @Test
  void governmentFundTableHoldsItsOwnLinesOnly() {
    DisclosureTable t = new GovernmentFundExpenditureBuilder().build(view);
    assertThat(amount(t, "21598", "project")).isEqualTo(wan("148,541.990021"));
    assertThat(amount(t, "total", "total")).isEqualTo(wan("148,541.990021"));
  }
}
