package org.budgetledger.app.importer.document;

/**
 * The columns of 收入总表 after 合计, in the order both formats print them: 本年收入 (小计 and the 9 fund
 * sources), then 上年结转结余 (小计 and its 5 fund types).
 */
public enum IncomeColumn {
  THIS_YEAR_SUBTOTAL("本年收入/小计"),
  GENERAL_BUDGET("本年收入/一般公共预算资金"),
  GOVERNMENT_FUND("本年收入/政府性基金预算资金"),
  STATE_CAPITAL("本年收入/国有资本经营资金"),
  FISCAL_SPECIAL_ACCOUNT("本年收入/财政专户管理资金"),
  BUSINESS_INCOME("本年收入/事业收入"),
  OPERATING_INCOME("本年收入/事业单位经营收入"),
  SUPERIOR_SUBSIDY("本年收入/上级补助收入"),
  AFFILIATE_REMITTANCE("本年收入/附属单位上缴收入"),
  OTHER_INCOME("本年收入/其他收入"),
  CARRY_OVER_SUBTOTAL("上年结转结余/小计"),
  CARRY_OVER_GENERAL_BUDGET("上年结转结余/一般公共预算资金"),
  CARRY_OVER_GOVERNMENT_FUND("上年结转结余/政府性基金预算资金"),
  CARRY_OVER_STATE_CAPITAL("上年结转结余/国有资本经营预算资金"),
  CARRY_OVER_FISCAL_SPECIAL_ACCOUNT("上年结转结余/财政专户管理资金"),
  CARRY_OVER_UNIT_FUNDS("上年结转结余/单位资金");

  private final String chinese;

  IncomeColumn(String chinese) {
    this.chinese = chinese;
  }

  public String chinese() {
    return chinese;
  }
}
