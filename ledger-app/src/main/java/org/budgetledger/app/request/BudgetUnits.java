package org.budgetledger.app.request;

import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.MoneyUnit;
import org.budgetledger.projections.tables.FamilyLayout;
import org.budgetledger.projections.tables.FamilyLayouts;
import org.springframework.stereotype.Component;

/**
 * The unit a user types a budget's amounts in: the unit its views print an entry in, that of the
 * document's 收支总表 (元 for a Shanghai budget), 万元 for a Beijing format, a seed or a budget opened by
 * hand. Asking it reads no table: the family's frame is kept per budget.
 */
@Component
public class BudgetUnits {
  private final FamilyLayouts layouts;

  public BudgetUnits(FamilyLayouts layouts) {
    this.layouts = layouts;
  }

  public MoneyUnit of(BudgetId budget) {
    return layouts.of(budget).map(FamilyLayout::documentUnit).orElse(MoneyUnit.WAN_YUAN);
  }
}
