package org.budgetledger.app.web;

import org.budgetledger.projections.reconciliation.CellComparisonResult;
import org.budgetledger.projections.reconciliation.CellStatus;

/**
 * The 勾稽核对 column of 部门列表: {@code NO_DOCUMENT} (未导入文件), {@code EXACT} (一致),
 * {@code ROUNDING} with the cells that differ by rounding only, or {@code MISMATCH} with the cells
 * that differ otherwise (beyond rounding, missing on one side, or unreadable).
 */
public record ReconciliationStatus(String kind, int cells) {
  static final ReconciliationStatus NO_DOCUMENT = new ReconciliationStatus("NO_DOCUMENT", 0);

  static ReconciliationStatus of(CellComparisonResult cells) {
    int other = cells.count(CellStatus.MISMATCH) + cells.count(CellStatus.NOT_IN_REBUILT)
        + cells.count(CellStatus.NOT_IN_PUBLISHED) + cells.count(CellStatus.NOT_READABLE);
    if (other > 0) {
      return new ReconciliationStatus("MISMATCH", other);
    }
    int rounding = cells.count(CellStatus.WITHIN_ROUNDING);
    return rounding > 0 ? new ReconciliationStatus("ROUNDING", rounding)
        : new ReconciliationStatus("EXACT", 0);
  }
}
