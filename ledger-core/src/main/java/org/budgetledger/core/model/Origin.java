package org.budgetledger.core.model;

/** Whether income is this year's (本年收入) or carried over from last year (上年结转结余). */
public enum Origin {
  CURRENT_YEAR("本年收入"),
  CARRY_OVER("上年结转结余");

  private final String chinese;

  Origin(String chinese) {
    this.chinese = chinese;
  }

  public String chinese() {
    return chinese;
  }
}
