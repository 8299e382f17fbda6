package org.budgetledger.app.importer.pdf;

/**
 * A horizontal or vertical rule in display coordinates (top-left origin). For a horizontal rule
 * {@code position} is its y and {@code start}..{@code end} its x extent; for a vertical one, x and
 * the y extent.
 */
record Ruling(boolean horizontal, double position, double start, double end) {
  Ruling {
    if (start > end) {
      double t = start;
      start = end;
      end = t;
    }
  }

  double length() {
    return end - start;
  }

  /** Whether this rule crosses or touches a rule of the other direction, within tolerance. */
  boolean meets(Ruling other, double tolerance) {
    return other.position >= start - tolerance
        && other.position <= end + tolerance
        && position >= other.start - tolerance
        && position <= other.end + tolerance;
  }
}
