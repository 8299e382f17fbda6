package org.budgetledger.projections.reconciliation;

/** How one published cell compares with its rebuilt counterpart. */
public enum CellStatus {
  /** Same exact fen, or the same whitespace-normalised text. */
  EXACT("一致"),
  /** Different fen, explained by the published figure's rounding ({@link Rounding}). */
  WITHIN_ROUNDING("舍入差异"),
  /** Different beyond rounding, or different text. */
  MISMATCH("不一致"),
  /** The document prints a figure or fact the rebuilt table has no cell for. */
  NOT_IN_REBUILT("账本无此项"),
  /** The rebuilt table has a non-zero figure or a fact the document does not show. */
  NOT_IN_PUBLISHED("公开文本无此项"),
  /** The parser could not read the published cell. */
  NOT_READABLE("无法读取");

  private final String chinese;

  CellStatus(String chinese) {
    this.chinese = chinese;
  }

  public String chinese() {
    return chinese;
  }
}
