package org.budgetledger.app.web;

import java.util.List;
import org.budgetledger.app.inquiry.provenance.CellHistory;
import org.budgetledger.core.model.MoneyUnit;
import org.budgetledger.projections.budget.BudgetHeader;

/**
 * 单元格溯源 of one figure as the page prints it: where it sits, what it shows, what kind of source it
 * has ({@code legs}, {@code tags}, {@code fact}, {@code layout}), and for ledger figures the legs
 * and the history with running values, both answered by {@link
 * org.budgetledger.app.inquiry.provenance.CellTrace}; every amount in {@code unit}, its table's,
 * rounded figures at {@code decimals}, its table's.
 */
public record CellTraceView(
    BudgetHeader budget,
    String tableKind,
    String tableNumber,
    String tableTitle,
    String rowLabel,
    String columnLabel,
    String value,
    String exactValue,
    String sourceKind,
    String sourceNote,
    List<LegView> legs,
    CellHistory history,
    MoneyUnit unit,
    int decimals) {}
