package org.budgetledger.app.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.budgetledger.projections.budget.BudgetHeader;
import org.budgetledger.projections.tables.FamilyLayout;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.TableNumbering;

/**
 * The budget's tables as tabs, each linking to the same page: the 13 in the department's own
 * numbering, or a family's budget's tables only, with the numbers and titles its document prints.
 */
final class TableTabs {
  private TableTabs() {}

  static List<TableKind> order(BudgetHeader header, Optional<FamilyLayout> family) {
    return family
        .map(FamilyLayout::order)
        .orElseGet(
            () ->
                TableKind.everyDocument().stream()
                    .sorted(Comparator.comparingInt(k -> TableNumbering.number(header.format(), k)))
                    .toList());
  }

  /** {@code preferred} when the budget shows it, else its first table. */
  static TableKind firstOf(
      BudgetHeader header, Optional<FamilyLayout> family, TableKind preferred) {
    List<TableKind> shown = order(header, family);
    return shown.contains(preferred) ? preferred : shown.get(0);
  }

  /** {@code href}: the page's address up to {@code table=}; {@code query}: what follows it. */
  static List<Tab> of(
      BudgetHeader header,
      Optional<FamilyLayout> family,
      TableKind active,
      String href,
      String query) {
    return order(header, family).stream()
        .map(
            k -> {
              Optional<FamilyLayout.Frame> frame = family.map(f -> f.frames().get(k));
              return new Tab(
                  k.name(),
                  frame
                      .map(FamilyLayout.Frame::number)
                      .orElse(TableNumbering.label(header.format(), k)),
                  frame.map(FamilyLayout.Frame::title).orElse(k.chinese()),
                  href + k.name() + query,
                  k == active);
            })
        .toList();
  }
}
