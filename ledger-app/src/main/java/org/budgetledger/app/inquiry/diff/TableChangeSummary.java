package org.budgetledger.app.inquiry.diff;

/**
 * How one table changed between two points: how many money cells differ, and the change of its 合计
 * (the first figure of its first total row; null for a table without one, such as 项目支出绩效表).
 */
public record TableChangeSummary(
    String tableNumber,
    String table,
    String tableTitle,
    int changedCells,
    Long totalChangeFen,
    String totalChangeWan) {}
