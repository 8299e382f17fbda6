package org.budgetledger.app.importer.document;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A 收入总表 row: the department or a unit (code and name where printed), 合计 and the columns that had
 * an amount; a column missing from {@code amounts} was empty in the document.
 */
public record IncomeSummaryRow(
    String code,
    String name,
    PublishedAmount total,
    Map<IncomeColumn, PublishedAmount> amounts,
    int lineNo) {
  public IncomeSummaryRow {
    amounts =
        Collections.unmodifiableMap(
            amounts.isEmpty() ? new EnumMap<>(IncomeColumn.class) : new EnumMap<>(amounts));
  }

  /** The amount of one column; null when the cell was empty. */
  public PublishedAmount amount(IncomeColumn column) {
    return amounts.get(column);
  }
}
