package org.budgetledger.app.importer.document;

import java.util.Map;

/**
 * A row of 项目支出表: the project's name as printed, the unit it is listed under (empty where the table
 * names none), whether it is that unit's subtotal rather than a project, and its figures by the
 * column keys of {@code ProjectColumn} (a column the family does not print is unprinted).
 */
public record ProjectExpenditureRow(
    String name,
    String unit,
    boolean unitSubtotal,
    Map<String, PublishedAmount> amounts,
    int lineNo) {
  public ProjectExpenditureRow {
    amounts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(amounts));
  }

  public PublishedAmount amount(String column) {
    return amounts.get(column);
  }
}
