package org.budgetledger.projections.entries;

/** The line-key fields a balance query can group by, each backed by one column of the leg table. */
public enum LineField {
  UNIT("unit_code"),
  FUNCTION("function_code"),
  GOV_ECONOMIC("gov_economic"),
  DEPT_ECONOMIC("dept_economic"),
  KIND("kind"),
  PROJECT("project_code"),
  FUND_SOURCE("fund_source"),
  ORIGIN("origin"),
  SIDE("side");

  private final String column;

  LineField(String column) {
    this.column = column;
  }

  String column() {
    return column;
  }
}
