package org.budgetledger.core.model;

/**
 * A part of a source's income a document earmarks for a purpose without making it a source of its
 * own: 专项资金列入部门预算的项目, printed as 其中 under 一般公共预算拨款. The money stays the source's; the earmark says
 * which part of it the document sets aside.
 */
public enum IncomeEarmark {
  SPECIAL_FUNDS("专项资金列入部门预算的项目", "专项资金");

  private final String chinese;
  private final String word;

  IncomeEarmark(String chinese, String word) {
    this.chinese = chinese;
    this.word = word;
  }

  /** The word a label naming the earmark starts with, however it goes on (…列入部门预算(的)项目). */
  public String word() {
    return word;
  }

  public String chinese() {
    return chinese;
  }
}
