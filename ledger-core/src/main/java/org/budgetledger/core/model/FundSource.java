package org.budgetledger.core.model;

/** 资金来源. The first five are 财政拨款 (fiscal appropriation). */
public enum FundSource {
  GENERAL_BUDGET("一般公共预算"),
  GOVERNMENT_FUND("政府性基金预算"),
  STATE_CAPITAL("国有资本经营预算"),
  /**
   * 上年结转 一般公共预算: last year's 一般公共预算 money that pays this year's lines, as its own source where the
   * document prints this year's 一般公共预算 spending apart from it (the central template's 一般公共预算支出表
   * holds this year's money only, its 财政拨款收支总表 both). Where a document prints them together, its
   * lines stay {@link #GENERAL_BUDGET}: the carry-over is then known only as income. Only spending
   * carries it; the income is {@link #GENERAL_BUDGET} with origin 上年结转结余.
   */
  GENERAL_BUDGET_CARRY_OVER("上年结转一般公共预算"),
  /**
   * 上年结转 财政拨款 of a fund type the document does not print: its 财政拨款收支总表 (fiscal money only) carries
   * a 上年结转 over without saying whether it is 一般公共预算, 政府性基金 or 国有资本经营, and its 收入总表 prints 上年结转
   * without fund columns. It is fiscal, and nothing finer is known, so income (origin 上年结转结余) and
   * spending both carry it, by 类 as the document determines.
   */
  FISCAL_CARRY_OVER("上年结转财政拨款（资金性质未列示）"),
  FISCAL_SPECIAL_ACCOUNT("财政专户管理资金"),
  BUSINESS_INCOME("事业收入"),
  OPERATING_INCOME("事业单位经营收入"),
  SUPERIOR_SUBSIDY("上级补助收入"),
  AFFILIATE_REMITTANCE("附属单位上缴收入"),
  OTHER_INCOME("其他收入"),
  /** 单位资金: appears only as a type of 上年结转结余. */
  UNIT_FUNDS("单位资金"),
  /**
   * 上年实户资金余额: money a unit holds in its own bank account (实户) from earlier years, which a balance
   * sheet (Xi'an's 收支总表) prints as income of its own between 本年收入合计 and 上年结转结余, apart from both. No
   * 财政拨款收支总表 holds it: it is not fiscal. Recorded with origin 本年收入 and, as printed, below the
   * 本年收入合计 that leaves it out.
   */
  REAL_ACCOUNT_BALANCE("上年实户资金余额"),
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
    return this == GENERAL_BUDGET
        || this == GOVERNMENT_FUND
        || this == STATE_CAPITAL
        || this == GENERAL_BUDGET_CARRY_OVER
        || this == FISCAL_CARRY_OVER;
  }
}
