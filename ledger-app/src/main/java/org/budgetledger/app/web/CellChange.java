package org.budgetledger.app.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.entries.LegRow;
import org.budgetledger.projections.tables.CellSource;
import org.budgetledger.projections.tables.TableKind;

/**
 * A money cell whose exact amount differs between two points in time, and the legs that are in
 * one point's sum and not in the other's: the entries that changed it.
 */
public record CellChange(TableKind kind, String tableNumber, String rowKey, String rowLabel,
    String columnKey, String columnLabel, Fen oldAmount, Fen newAmount, int decimals,
    CellSource source, List<LegRow> causes) {

  static String key(String rowKey, String columnKey) {
    return rowKey + "\u0000" + columnKey;
  }

  public String oldText() {
    return oldAmount.formatWan(decimals);
  }

  public String newText() {
    return newAmount.formatWan(decimals);
  }

  public String deltaText() {
    Fen delta = newAmount.minus(oldAmount);
    return (delta.isPositive() ? "+" : "") + delta.formatWan(decimals);
  }

  public boolean increased() {
    return newAmount.compareTo(oldAmount) > 0;
  }

  /** One leg per entry among the causes: what the page lists. */
  public List<LegRow> causeEntries() {
    Map<String, LegRow> first = new LinkedHashMap<>();
    causes.forEach(l -> first.putIfAbsent(l.entryId(), l));
    return List.copyOf(first.values());
  }

  CellChange withCauses(List<LegRow> legs) {
    return new CellChange(kind, tableNumber, rowKey, rowLabel, columnKey, columnLabel, oldAmount,
        newAmount, decimals, source, List.copyOf(legs));
  }
}
