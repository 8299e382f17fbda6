package org.budgetledger.app.importer.document;

import java.util.List;

/**
 * 基本支出总表 (Guangzhou's 表11 部门预算基本支出预算表): basic money of every fund source by unit and, under each
 * unit, by 部门经济分类 类, and the table's 合计 row (null when not printed).
 */
public record BasicExpenditureSummary(
    TableHeading heading, List<BasicSummaryRow> rows, BasicSummaryRow total) {
  public BasicExpenditureSummary {
    rows = List.copyOf(rows);
  }
}
