package org.budgetledger.projections.tables.projectexpenditure;

import java.util.List;
import org.budgetledger.core.model.FundSource;

/**
 * A column of 项目支出表: a project's money from the fund sources it names. The keys are the canonical
 * measures the PDF mapping reads a family's columns as, so the published table and the rebuilt one
 * meet cell by cell; a column the ledger cannot split (the non-fiscal sources where it holds
 * 非财政拨款资金 whose source no table names) is {@link #splitsNonFiscal}.
 */
public record ProjectColumn(String key, String header, List<FundSource> sources) {

  /** The columns in the canonical text's order, after 项目名称 and 单位名称. */
  public static final List<ProjectColumn> ALL =
      List.of(
          new ProjectColumn("total", "合计", List.of()),
          new ProjectColumn(
              "fiscal",
              "财政拨款",
              List.of(
                  FundSource.GENERAL_BUDGET, FundSource.GOVERNMENT_FUND, FundSource.STATE_CAPITAL)),
          new ProjectColumn("GENERAL_BUDGET", "一般公共预算", List.of(FundSource.GENERAL_BUDGET)),
          new ProjectColumn("GOVERNMENT_FUND", "政府性基金预算", List.of(FundSource.GOVERNMENT_FUND)),
          new ProjectColumn("STATE_CAPITAL", "国有资本经营预算", List.of(FundSource.STATE_CAPITAL)),
          new ProjectColumn(
              "FISCAL_SPECIAL_ACCOUNT", "财政专户管理资金", List.of(FundSource.FISCAL_SPECIAL_ACCOUNT)),
          new ProjectColumn(
              "unitFunds",
              "单位资金",
              List.of(
                  FundSource.BUSINESS_INCOME,
                  FundSource.OPERATING_INCOME,
                  FundSource.SUPERIOR_SUBSIDY,
                  FundSource.AFFILIATE_REMITTANCE,
                  FundSource.OTHER_INCOME,
                  FundSource.UNIT_FUNDS)),
          new ProjectColumn("usedNonFiscalBalance", "使用非财政拨款结余", List.of()),
          new ProjectColumn(
              "carryOver",
              "上年结转",
              List.of(FundSource.GENERAL_BUDGET_CARRY_OVER, FundSource.FISCAL_CARRY_OVER)));

  /** The whole row: every source. */
  public boolean total() {
    return key.equals("total");
  }

  /** 使用非财政拨款结余 is no source the ledger records apart: never compared. */
  public boolean modelled() {
    return total() || !sources.isEmpty();
  }

  /** A non-fiscal column, which 非财政拨款资金 (source not printed) leaves open. */
  public boolean splitsNonFiscal() {
    return key.equals("FISCAL_SPECIAL_ACCOUNT") || key.equals("unitFunds");
  }
}
