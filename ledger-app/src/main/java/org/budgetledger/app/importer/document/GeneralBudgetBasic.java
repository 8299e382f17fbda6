package org.budgetledger.app.importer.document;

import java.util.List;

/** 一般公共预算(财政拨款)基本支出表: rows by economic classification and the 合计 row. */
public record GeneralBudgetBasic(
    TableHeading heading, List<BasicExpenditureRow> rows, BasicExpenditureRow total) {
  public GeneralBudgetBasic {
    rows = List.copyOf(rows);
  }
}
