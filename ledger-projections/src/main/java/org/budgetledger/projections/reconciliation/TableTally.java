package org.budgetledger.projections.reconciliation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.budgetledger.projections.tables.TableKind;

/**
 * How many cells of one table ended in each status; the table named by its number and title as the
 * budget shows it ({@code 预算01表 收支总表}, a Shanghai budget's {@code 表1 2026年预算单位财务收支预算总表}). {@code
 * figures} counts the same for the published figures only (non-zero money cells): a cell count also
 * holds zeros and names, so it cannot say how much of what a document prints was compared with the
 * ledger.
 */
public record TableTally(
    TableKind table,
    String tableNumber,
    String tableTitle,
    Map<CellStatus, Integer> counts,
    Map<CellStatus, Integer> figures) {
  public TableTally {
    counts = everyStatus(counts);
    figures = everyStatus(figures);
  }

  public TableTally(
      TableKind table, String tableNumber, String tableTitle, Map<CellStatus, Integer> counts) {
    this(table, tableNumber, tableTitle, counts, Map.of());
  }

  public int count(CellStatus status) {
    return counts.get(status);
  }

  public int figures(CellStatus status) {
    return figures.get(status);
  }

  private static Map<CellStatus, Integer> everyStatus(Map<CellStatus, Integer> counts) {
    EnumMap<CellStatus, Integer> all = new EnumMap<>(CellStatus.class);
    for (CellStatus status : CellStatus.values()) {
      all.put(status, counts.getOrDefault(status, 0));
    }
    return Collections.unmodifiableMap(all);
  }
}
