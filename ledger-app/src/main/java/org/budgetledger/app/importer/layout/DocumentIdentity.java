package org.budgetledger.app.importer.layout;

/**
 * Who and what a document is, read from the document itself: the department (or, in a 单位预算, the
 * unit) as it names itself, the fiscal year, and whether it is a 部门预算 or a 单位预算. A field the
 * document does not give is null, never guessed.
 */
public record DocumentIdentity(String department, Integer fiscalYear, BudgetKind kind) {

  /** 部门预算 (a department with its units) or 单位预算 (one budget unit). */
  public enum BudgetKind {
    DEPARTMENT("部门预算"),
    UNIT("单位预算");

    private final String chinese;

    BudgetKind(String chinese) {
      this.chinese = chinese;
    }

    public String chinese() {
      return chinese;
    }
  }
}
