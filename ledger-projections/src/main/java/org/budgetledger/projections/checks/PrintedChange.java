package org.budgetledger.projections.checks;

import org.budgetledger.core.model.MoneyUnit;

/**
 * One change a published table prints beside the two figures it is the difference of (上年 and 本年 in
 * columns or rows of one table: 2025年 / 2026年 / 增减变化金额), each figure as printed with its place
 * (table, row, column, page) and the decimals of 万元 it is known to, in the table's {@code unit};
 * {@code rate} the 增长率 printed beside the change, null when none is. Last year's figure is not in
 * the ledger: the table is checked against itself, never against the ledger.
 */
public record PrintedChange(
    MoneyUnit unit, CheckFigure later, CheckFigure earlier, CheckFigure change, PrintedRate rate) {
  public PrintedChange {
    if (unit == null || later == null || earlier == null || change == null) {
      throw new IllegalArgumentException("a printed change needs its unit and its three figures");
    }
  }

  /** Where the change is printed: the place a finding names. */
  public Place place() {
    return change.place();
  }
}
