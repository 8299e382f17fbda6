package org.budgetledger.projections.reconciliation;

/** The status of one cell and, for a rounding difference, the terms and tolerance that allow it. */
record CellVerdict(CellStatus status, int roundedTerms, long toleranceFen, String note) {
  static CellVerdict of(CellStatus status) {
    return new CellVerdict(status, 0, 0, "");
  }
}
