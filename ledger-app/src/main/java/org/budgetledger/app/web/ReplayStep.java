package org.budgetledger.app.web;

import java.util.List;
import org.budgetledger.app.inquiry.diff.TableChangeSummary;
import org.budgetledger.projections.budget.BudgetHeader;

/**
 * One step of 回放: the {@code step}-th of {@code steps} entries in recorded order, the chosen table
 * just after it with the cells it changed highlighted, and the other tables it changed.
 */
public record ReplayStep(
    BudgetHeader budget,
    int step,
    int steps,
    JournalRow entry,
    RenderedTable table,
    int changedCells,
    List<TableChangeSummary> changedTables) {}
