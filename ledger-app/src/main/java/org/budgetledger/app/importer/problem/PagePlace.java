package org.budgetledger.app.importer.problem;

/**
 * Where in a PDF a problem lies: the 1-based page, the table as the document titles it, and its row
 * (1-based, 0 for the table's heading).
 */
public record PagePlace(int page, String table, int row) {
  /** 第 28 页 预算12表 项目支出绩效表 第 27 行. */
  public String chinese() {
    return "第 "
        + page
        + " 页"
        + (table == null ? "" : " " + table)
        + (row > 0 ? " 第 " + row + " 行" : "");
  }
}
