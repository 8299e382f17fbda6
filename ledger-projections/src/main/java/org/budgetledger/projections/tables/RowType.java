package org.budgetledger.projections.tables;

/** Detail rows carry ledger figures; subtotal and total rows sum other rows. */
public enum RowType {
  DETAIL,
  SUBTOTAL,
  TOTAL,
  /** A heading row with no figures (e.g. the 类 names of 收支总表 are detail rows; this is for text). */
  TEXT
}
