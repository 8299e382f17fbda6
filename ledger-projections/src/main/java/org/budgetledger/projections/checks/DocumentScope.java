package org.budgetledger.projections.checks;

/**
 * Whether a document is a department's budget (部门预算, summing its units) or one unit's (单位预算): each
 * has its own wording (本部门 / 本单位).
 */
public enum DocumentScope {
  DEPARTMENT("部门预算", "本部门"),
  UNIT("单位预算", "本单位");

  private final String title;
  private final String selfReference;

  DocumentScope(String title, String selfReference) {
    this.title = title;
    this.selfReference = selfReference;
  }

  public String title() {
    return title;
  }

  /** How the document names itself in 情况说明: 本部门 or 本单位. */
  public String selfReference() {
    return selfReference;
  }

  public DocumentScope other() {
    return this == DEPARTMENT ? UNIT : DEPARTMENT;
  }
}
