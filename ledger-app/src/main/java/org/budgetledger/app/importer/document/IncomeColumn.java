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
  CARRY_OVER_UNIT_FUNDS("上年结转结余/单位资金"),
  /**
   * Never printed: the 上年结转 财政拨款 whose fund type the document does not give, derived from 财政拨款收支总表
   * where 收入总表 prints 上年结转 without fund columns ({@code DocumentFunds}).
   */
  CARRY_OVER_FISCAL_UNTYPED("上年结转结余/财政拨款（资金性质未列示）"),
  /**
   * 上年实户资金余额, a source no 收入总表 template prints but Xi'an's, which also prints it as income of its
   * own in 收支总表: read from 收入总表 where printed (after the earmark, only where the table prints it),
   * else from 收支总表 ({@code DocumentFunds}).
   */
  REAL_ACCOUNT_BALANCE("上年实户资金余额"),
  /**
   * 其中：专项资金列入部门预算的项目 under 一般公共预算资金 (Xi'an): not a source but the part of that column the document
   * earmarks. Printed last, and only where the table prints it, so every other 收入总表 reads as
   * before.
   */
  GENERAL_BUDGET_SPECIAL_FUNDS("本年收入/一般公共预算资金/其中：专项资金列入部门预算的项目"),
  /**
   * 财政拨款 (Shanghai's 收入预算/财政拨款收入, Yantai's 财政拨款收入/小计): the subtotal of the three fiscal sources, no
   * source of its own. Printed last, and only where the table prints it.
   */
  FISCAL_SUBTOTAL("本年收入/财政拨款");

  /**
   * The canonical 收入总表's columns in order: the 15 every one prints, then those a family prints
   * beyond them (rendered only where printed, an earlier one left blank where a later one is).
   */
  private static final java.util.List<IncomeColumn> PRINTED =
      java.util.stream.Stream.concat(
              java.util.Arrays.stream(values())
                  .filter(c -> c.ordinal() <= CARRY_OVER_UNIT_FUNDS.ordinal()),
              java.util.stream.Stream.of(
                  GENERAL_BUDGET_SPECIAL_FUNDS, REAL_ACCOUNT_BALANCE, FISCAL_SUBTOTAL))
          .toList();

  /** The columns a 收入总表 prints only where its family does, after the others. */
  public static final java.util.Set<IncomeColumn> BEYOND =
      java.util.EnumSet.of(GENERAL_BUDGET_SPECIAL_FUNDS, REAL_ACCOUNT_BALANCE, FISCAL_SUBTOTAL);

  private final String chinese;

  IncomeColumn(String chinese) {
    this.chinese = chinese;
  }

  public String chinese() {
    return chinese;
  }

  /** The columns a canonical 收入总表 prints, in order: all but the untyped carry-over. */
  public static java.util.List<IncomeColumn> printed() {
    return PRINTED;
  }
}
