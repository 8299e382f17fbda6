package org.budgetledger.app.importer.document;

import java.util.List;

/**
 * A row of 基本支出总表: its unit (null on the 合计 row and on 类 rows printed under no unit), its 部门经济分类 类
 * (null on a unit's own row and on 合计), and its figures in the order of {@link #COLUMNS}.
 */
public record BasicSummaryRow(
    CodedName unit, CodedName economicClass, List<PublishedAmount> figures, int lineNo) {
  /** The canonical fund columns, as the canonical text heads them. */
  public static final List<String> COLUMNS =
      List.of("合计", "财政拨款", "一般公共预算", "政府性基金预算", "国有资本经营预算", "财政专户管理资金", "其他资金");

  /** The index of the 一般公共预算 figure in {@link #figures}. */
  public static final int GENERAL_BUDGET = 2;

  public BasicSummaryRow {
    figures = List.copyOf(figures);
  }
}
