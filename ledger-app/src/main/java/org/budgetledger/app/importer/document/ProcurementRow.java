package org.budgetledger.app.importer.document;

import java.util.List;

/**
 * A 政府采购 row: the category as printed ({@code C-服务}: code {@code C}, name 服务) and amount; in a
 * table printed row by row also its {@code group} (the unit or 专项 row's words) and {@code item}
 * (the 采购品目's words), blank on a subtotal row (a category's: both blank; a group's: item blank),
 * and its figures by 资金来源 column in the table's order (null where blank).
 */
public record ProcurementRow(
    CodedName category,
    String group,
    String item,
    PublishedAmount amount,
    List<PublishedAmount> bySource,
    int lineNo) {
  public ProcurementRow {
    group = group == null ? "" : group;
    item = item == null ? "" : item;
    bySource = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(bySource));
  }

  /** A row of the table by category only. */
  public ProcurementRow(CodedName category, PublishedAmount amount, int lineNo) {
    this(category, "", "", amount, List.of(), lineNo);
  }

  /**
   * Whether this row is an item (the finest grain printed), not a category's or group's subtotal.
   */
  public boolean isItem(boolean detailed) {
    return !detailed || !item.isEmpty();
  }
}
