package org.budgetledger.app.inquiry.diff;

import java.util.List;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.MoneyUnit;
import org.budgetledger.projections.entries.PointInTime;

/**
 * The diff of one table between two points in time; {@code message} says so when it is empty.
 * {@code unit} is the table's: its changes print in it.
 */
public record TableChanges(
    BudgetId budgetId,
    String tableNumber,
    String tableTitle,
    PointInTime from,
    PointInTime to,
    List<CellChange> changes,
    String message,
    MoneyUnit unit) {
  public TableChanges {
    changes = List.copyOf(changes);
  }
}
