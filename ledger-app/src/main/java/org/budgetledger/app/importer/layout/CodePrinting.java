package org.budgetledger.app.importer.layout;

/** How a family prints a 支出功能分类 code in its tables (DOMAIN §7). */
public enum CodePrinting {
  /** {@code 2101501} in a code column, or {@code 2101501-行政运行} in one cell. */
  DIGITS,
  /** 类, 款 and 项 in three columns ({@code 210 | 15 | 01}), the name in a fourth. */
  SPLIT_COLUMNS,
  /** {@code [2060503]name}. */
  BRACKETED,
  /** The name alone: the code comes from the year's catalogue, resolved by the parent row. */
  NAMES_ONLY
}
