package org.budgetledger.projections.reconciliation;

/** The outcome of one reconciliation check (勾稽关系). */
public enum RuleStatus {
  PASS("相符"),
  /** The sides differ by no more than the rounding of the figures involved (DOMAIN §5.9). */
  ROUNDING("舍入差异"),
  FAIL("不符");

  private final String chinese;

  RuleStatus(String chinese) {
    this.chinese = chinese;
  }

  public String chinese() {
    return chinese;
  }
}
