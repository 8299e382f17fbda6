package org.budgetledger.core.model;

/** 资金来源. The first three are 财政拨款 (fiscal appropriation). */
public enum FundSource {
  GENERAL_BUDGET("一般公共预算"),
  GOVERNMENT_FUND("政府性基金预算"),
  STATE_CAPITAL("国有资本经营预算"),
  FISCAL_SPECIAL_ACCOUNT("财政专户管理资金"),
  BUSINESS_INCOME("事业收入"),
  OPERATING_INCOME("事业单位经营收入"),
  SUPERIOR_SUBSIDY("上级补助收入"),
  AFFILIATE_REMITTANCE("附属单位上缴收入"),
  OTHER_INCOME("其他收入"),
  /** 单位资金: appears only as a type of 上年结转结余. */
  UNIT_FUNDS("单位资金"),
  /**
   * 非财政拨款资金: spending paid from money other than 财政拨款 when the published tables do not say which of
   * its sources (财政专户管理资金, 事业收入, 其他收入, 单位资金 …) pays the line. Only spending carries it; income
   * always names its own source.
   */
  NON_FISCAL("非财政拨款资金");

  private final String chinese;

  FundSource(String chinese) {
    this.chinese = chinese;
  }

  public String chinese() {
    return chinese;
  }

  public boolean isFiscalAppropriation() {
    return this == GENERAL_BUDGET || this == GOVERNMENT_FUND || this == STATE_CAPITAL;
  }
}
