package org.budgetledger.projections.tables;

import java.util.Optional;
import org.budgetledger.core.model.BudgetId;

/**
 * Where a budget's family layout is recorded (its imported document); the projections only ask. A
 * budget with none (seeds, entries, Beijing documents) keeps its format's frame.
 */
public interface FamilyLayouts {
  FamilyLayouts NONE = id -> Optional.empty();

  Optional<FamilyLayout> of(BudgetId budgetId);
}
