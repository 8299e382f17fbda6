package org.budgetledger.projections.tables.threepublicexpenses;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.budgetledger.core.model.Unit;
import org.budgetledger.projections.budget.BudgetView;

/**
 * The units a 三公 table printed by unit lists: those of the budget that 财政拨款 pays (the table counts
 * 财政拨款 only), in the order the budget names them. A unit holding only income or money other than
 * 财政拨款 (the department's own income unit) has no row.
 */
final class UnitRows {
  private UnitRows() {}

  static List<Unit> fiscalUnits(BudgetView view) {
    Set<String> spending =
        view.lines().stream()
            .filter(l -> l.key().fundSource().isFiscalAppropriation())
            .map(l -> l.key().unit().value())
            .collect(Collectors.toUnmodifiableSet());
    return view.header().units().stream().filter(u -> spending.contains(u.code().value())).toList();
  }
}
