package org.budgetledger.core.model;

/** 基本支出 (人员经费 or 公用经费) or 项目支出. */
public enum ExpenditureKind {
  /** 基本支出 — 人员经费. */
  BASIC_PERSONNEL("人员经费"),
  /** 基本支出 — 公用经费. */
  BASIC_PUBLIC("公用经费"),
  /** 项目支出. */
  PROJECT("项目支出");

  private final String chinese;

  ExpenditureKind(String chinese) {
    this.chinese = chinese;
  }

  public String chinese() {
    return chinese;
  }

  public boolean isBasic() {
    return this != PROJECT;
  }
}
