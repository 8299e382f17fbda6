package org.budgetledger.app.inquiry.provenance;

import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.MoneyUnit;
import org.budgetledger.projections.entries.PointInTime;

/**
 * Which cell an answer is about: budget, table (number and title), row and column, and when; and
 * the unit its table prints money in, which every amount of the answer is shown in.
 */
public record CellAddress(
    BudgetId budgetId,
    String tableNumber,
    String tableTitle,
    String row,
    String column,
    PointInTime at,
    MoneyUnit unit) {}
