package org.budgetledger.app.importer.document;

import java.util.List;

/** 政府购买服务预算财政拨款明细表: rows and 合计 (null when empty). */
public record PurchasedServicesTable(
    TableHeading heading, List<PurchasedServiceRow> rows, PublishedAmount total) {
  public PurchasedServicesTable {
    rows = List.copyOf(rows);
  }
}
