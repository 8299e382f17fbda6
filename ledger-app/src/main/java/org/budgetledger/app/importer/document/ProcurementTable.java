package org.budgetledger.app.importer.document;

import java.util.List;

/**
 * 政府采购预算明细表: amount by category (A-货物, B-工程, C-服务) and the 合计 (null if empty); a table printed row
 * by row ({@code detailed}) also has its group and item rows and its 资金来源 columns ({@code sources},
 * as printed) with the 合计's figure in each ({@code totalBySource}).
 */
public record ProcurementTable(
    TableHeading heading,
    List<ProcurementRow> rows,
    PublishedAmount total,
    boolean detailed,
    List<String> sources,
    List<PublishedAmount> totalBySource) {
  public ProcurementTable {
    rows = List.copyOf(rows);
    sources = List.copyOf(sources);
    totalBySource =
        java.util.Collections.unmodifiableList(new java.util.ArrayList<>(totalBySource));
  }

  /** A table by category only. */
  public ProcurementTable(TableHeading heading, List<ProcurementRow> rows, PublishedAmount total) {
    this(heading, rows, total, false, List.of(), List.of());
  }
}
