package org.budgetledger.app.importer.document;

import java.util.List;

/** 政府采购预算明细表: amount by category (A-货物, B-工程, C-服务) and the 合计 (null if empty). */
public record ProcurementTable(
    TableHeading heading, List<ProcurementRow> rows, PublishedAmount total) {
  public ProcurementTable {
    rows = List.copyOf(rows);
  }
}
