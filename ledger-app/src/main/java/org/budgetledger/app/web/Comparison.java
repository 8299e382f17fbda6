package org.budgetledger.app.web;

import java.util.List;
import org.budgetledger.projections.budget.BudgetHeader;

/** 对比 of two points in time: every changed figure, and the changed tables to print. */
public record Comparison(
    BudgetHeader budget, List<ChangedCell> changes, List<RenderedTable> tables) {}
