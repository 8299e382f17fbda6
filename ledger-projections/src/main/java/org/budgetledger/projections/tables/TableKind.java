package org.budgetledger.projections.tables;

/**
 * The 13 disclosure tables by content. Numbers differ per format ({@link TableNumbering}); code
 * names tables by what they show.
 */
public enum TableKind {
  INCOME_EXPENDITURE_SUMMARY("收支总表"),
  INCOME_SUMMARY("收入总表"),
  EXPENDITURE_SUMMARY("支出总表"),
  PROCUREMENT("政府采购预算明细表"),
  FISCAL_APPROPRIATION_SUMMARY("财政拨款收支总表"),
  GENERAL_BUDGET_EXPENDITURE("一般公共预算财政拨款支出表"),
  GENERAL_BUDGET_BASIC("一般公共预算财政拨款基本支出表"),
  GOVERNMENT_FUND_EXPENDITURE("政府性基金预算财政拨款支出表"),
  STATE_CAPITAL_EXPENDITURE("国有资本经营预算财政拨款支出表"),
  THREE_PUBLIC_EXPENSES("“三公”经费支出表"),
  PURCHASED_SERVICES("政府购买服务预算财政拨款明细表"),
  PROJECT_PERFORMANCE("项目支出绩效表"),
  DEPARTMENT_PERFORMANCE("部门整体支出绩效目标表");

  private final String chinese;

  TableKind(String chinese) {
    this.chinese = chinese;
  }

  public String chinese() {
    return chinese;
  }
}
