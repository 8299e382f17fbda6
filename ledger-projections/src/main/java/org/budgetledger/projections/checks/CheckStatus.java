package org.budgetledger.projections.checks;

/**
 * The outcome of one auditor's check, worst first: a report lists {@code FAIL} before {@code WARN},
 * {@code ROUNDING} and {@code PASS}.
 */
public enum CheckStatus {
  FAIL("不符"),
  /** A wording matter, or a rule that cannot decide (the finding says why). */
  WARN("提示"),
  /** The figures differ by no more than the rounding of the figures involved. */
  ROUNDING("舍入差异"),
  PASS("相符");

  private final String chinese;

  CheckStatus(String chinese) {
    this.chinese = chinese;
  }

  public String chinese() {
    return chinese;
  }
}
