package org.budgetledger.app.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.budgetledger.projections.budget.BudgetHeader;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.TableNumbering;

/** The 13 tables as tabs, in the department's own numbering, each linking to the same page. */
final class TableTabs {
  private TableTabs() {}

  static List<TableKind> order(BudgetHeader header) {
    return Arrays.stream(TableKind.values())
        .sorted(Comparator.comparingInt(k -> TableNumbering.number(header.format(), k)))
        .toList();
  }

  /** {@code href}: the page's address up to {@code table=}; {@code query}: what follows it. */
  static List<Tab> of(BudgetHeader header, TableKind active, String href, String query) {
    return order(header).stream()
        .map(
            k ->
                new Tab(
                    k.name(),
                    TableNumbering.label(header.format(), k),
                    k.chinese(),
                    href + k.name() + query,
                    k == active))
        .toList();
  }
}
