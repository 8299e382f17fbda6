package org.budgetledger.app.inquiry.provenance;

import org.budgetledger.core.model.BudgetId;
import org.budgetledger.projections.entries.PointInTime;

/** Which cell an answer is about: budget, table (number and title), row and column, and when. */
public record CellAddress(
    BudgetId budgetId,
    String tableNumber,
    String tableTitle,
    String row,
    String column,
    PointInTime at) {}
