package org.budgetledger.projections.reconciliation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.budgetledger.projections.tables.TableKind;

/**
 * How many cells of one table ended in each status; the table named by its number and title as the
 * budget shows it ({@code 预算01表 收支总表}, a Shanghai budget's {@code 表1 2026年预算单位财务收支预算总表}).
 */
public record TableTally(
    TableKind table, String tableNumber, String tableTitle, Map<CellStatus, Integer> counts) {
  public TableTally {
    EnumMap<CellStatus, Integer> all = new EnumMap<>(CellStatus.class);
    for (CellStatus status : CellStatus.values()) {
      all.put(status, counts.getOrDefault(status, 0));
    }
    counts = Collections.unmodifiableMap(all);
  }

  public int count(CellStatus status) {
    return counts.get(status);
  }
}
