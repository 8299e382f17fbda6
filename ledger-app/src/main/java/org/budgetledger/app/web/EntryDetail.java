package org.budgetledger.app.web;

import java.util.List;
import org.budgetledger.core.model.MoneyUnit;
import org.budgetledger.projections.budget.BudgetHeader;

/**
 * One entry as its page shows it: the entry, its legs by side (income; spending decreased, as a
 * 调剂's source lines; spending increased), the entries it reverses or that reverse it, and the cells
 * it changed in each table ({@code changes}; null when it opened the tables, as a 年初预算). The entry
 * and its legs are in {@code unit}, the document's 收支总表's; each changed cell in its table's.
 */
public record EntryDetail(
    BudgetHeader budget,
    MoneyUnit unit,
    JournalRow entry,
    List<LegView> income,
    List<LegView> decreases,
    List<LegView> increases,
    List<String> reversedBy,
    List<ChangedCell> changes,
    String compareHref) {}
