package org.budgetledger.projections.checks;

/** The families of checks an auditor runs on a published budget (issue 12, 1-7). */
public enum CheckKind {
  HIERARCHY("表内合计与层级"),
  IDENTITY("表间勾稽"),
  TEXT("文字与表格"),
  CHANGE("增减与比例"),
  YEAR("年度"),
  CODE("科目编码与名称"),
  FORM("格式与用语");

  private final String chinese;

  CheckKind(String chinese) {
    this.chinese = chinese;
  }

  public String chinese() {
    return chinese;
  }
}
