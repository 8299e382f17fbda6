package org.budgetledger.app.web;

import java.util.List;
import org.budgetledger.projections.reconciliation.CellComparisonResult;
import org.budgetledger.projections.reconciliation.CellStatus;

/**
 * The 勾稽核对 column of 部门列表: {@code NO_DOCUMENT} (未导入文件), {@code EXACT} (一致), {@code ROUNDING} with
 * the cells that differ by rounding only, or {@code MISMATCH} with the cells that differ otherwise
 * (beyond rounding, missing on one side, or unreadable).
 */
public record ReconciliationStatus(String kind, int cells) {
  static final ReconciliationStatus NO_DOCUMENT = new ReconciliationStatus("NO_DOCUMENT", 0);

  /** The statuses a badge can name, the most serious first. */
  private static final List<CellStatus> SERIOUS =
      List.of(
          CellStatus.MISMATCH,
          CellStatus.NOT_READABLE,
          CellStatus.NOT_IN_REBUILT,
          CellStatus.NOT_IN_PUBLISHED);

  /**
   * The badge says what 勾稽核对 says: the most serious status with any cell, by its own name and count
   * (a document whose only differences are cells it does not print is "公开文本无此项 5", not "不一致 5"),
   * then rounding, then exact.
   */
  static ReconciliationStatus of(CellComparisonResult cells) {
    for (CellStatus status : SERIOUS) {
      if (cells.count(status) > 0) {
        return new ReconciliationStatus(status.name(), cells.count(status));
      }
    }
    int rounding = cells.count(CellStatus.WITHIN_ROUNDING);
    return rounding > 0
        ? new ReconciliationStatus("ROUNDING", rounding)
        : new ReconciliationStatus("EXACT", 0);
  }
}
