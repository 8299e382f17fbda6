package org.budgetledger.core.model;

/**
 * 基本支出 (人员经费 or 公用经费), 项目支出, or 单位预留机动经费: money a budget sets aside for the unit without yet making
 * it basic or project spending (Jiangsu 2019 prints it as a third use beside them).
 */
public enum ExpenditureKind {
  /** 基本支出 — 人员经费. */
  BASIC_PERSONNEL("人员经费"),
  /** 基本支出 — 公用经费. */
  BASIC_PUBLIC("公用经费"),
  /** 项目支出. */
  PROJECT("项目支出"),
  /** 单位预留机动经费: neither 基本 nor 项目 until the unit assigns it. */
  RESERVE("单位预留机动经费");

  private final String chinese;

  ExpenditureKind(String chinese) {
    this.chinese = chinese;
  }

  public String chinese() {
    return chinese;
  }

  public boolean isBasic() {
    return this == BASIC_PERSONNEL || this == BASIC_PUBLIC;
  }

  public boolean isProject() {
    return this == PROJECT;
  }
}
