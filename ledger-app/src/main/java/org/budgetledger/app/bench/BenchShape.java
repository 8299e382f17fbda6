package org.budgetledger.app.bench;

/**
 * The size of a synthetic ledger: departments (one budget each, fiscal year 2026), units per
 * department, spending lines per unit and adjustments per budget. Events: per budget one opening,
 * one 年初预算 and one per adjustment.
 */
record BenchShape(int departments, int units, int lines, int adjustments) {
  BenchShape {
    if (departments < 1 || units < 1 || lines < 2 || adjustments < 0) {
      throw new IllegalArgumentException("departments ≥ 1, units ≥ 1, lines ≥ 2, adjustments ≥ 0");
    }
    if (lines > SeedLines.maxLines()) {
      throw new IllegalArgumentException("at most " + SeedLines.maxLines() + " lines per unit");
    }
  }

  /** The shape with as many adjustments per budget as give about {@code events} in all. */
  BenchShape withEvents(long events) {
    return new BenchShape(departments, units, lines, (int) Math.max(0, events / departments - 2));
  }

  long events() {
    return (long) departments * (2L + adjustments);
  }
}
