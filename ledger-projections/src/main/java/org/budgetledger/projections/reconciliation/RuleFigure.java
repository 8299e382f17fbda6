package org.budgetledger.projections.reconciliation;

import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.tables.TableKind;

/**
 * One figure a check adds up: its table, row and column keys and a readable label (for a figure
 * quoted in 情况说明: table null, row key {@code narrative:<key>}), the amount, the decimals it is
 * known to (6: exact), its published line (0 when not known or rebuilt) and how many rounded
 * figures it adds up ({@link org.budgetledger.projections.tables.PrintedSum}: 1 unless printed as a
 * sum).
 */
public record RuleFigure(
    TableKind table,
    String rowKey,
    String columnKey,
    String label,
    Fen amount,
    int decimals,
    int lineNo,
    int terms) {
  /** A figure printed as one rounded figure. */
  public RuleFigure(
      TableKind table,
      String rowKey,
      String columnKey,
      String label,
      Fen amount,
      int decimals,
      int lineNo) {
    this(table, rowKey, columnKey, label, amount, decimals, lineNo, 1);
  }
}
