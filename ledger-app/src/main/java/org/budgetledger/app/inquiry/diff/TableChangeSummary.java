package org.budgetledger.app.inquiry.diff;

import org.budgetledger.core.model.MoneyUnit;

/**
 * How one table changed between two points: how many money cells differ, and the change of its 合计
 * (the first figure of its first total row; null for a table without one, such as 项目支出绩效表), in fen
 * and in 万元, and {@code unit}, the table's, in which a view prints it.
 */
public record TableChangeSummary(
    String tableNumber,
    String table,
    String tableTitle,
    int changedCells,
    Long totalChangeFen,
    String totalChangeWan,
    MoneyUnit unit) {}
