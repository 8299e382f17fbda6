package org.budgetledger.app.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.budgetledger.app.inquiry.diff.CellChange;
import org.budgetledger.app.inquiry.provenance.TracedLeg;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.MoneyUnit;
import org.budgetledger.projections.tables.TableKind;

/**
 * A changed figure of 对比 as the page prints it: {@link
 * org.budgetledger.app.inquiry.diff.TableDiff}'s answer (exact amounts and the legs that caused the
 * change) in its table's unit, at the places a change of that table prints ({@link
 * MoneyUnit#changeDecimals}: a table in 元 to the fen, one in 万元 at its decimals), with the row's
 * full printed label.
 */
public record ChangedCell(
    TableKind kind,
    String tableNumber,
    String rowLabel,
    MoneyUnit unit,
    int decimals,
    CellChange change) {

  static String key(String rowKey, String columnKey) {
    return rowKey + "\u0000" + columnKey;
  }

  public String rowKey() {
    return change.row();
  }

  public String columnKey() {
    return change.column();
  }

  public String columnLabel() {
    return change.columnLabel();
  }

  public Fen oldAmount() {
    return Fen.of(change.oldFen());
  }

  public String oldText() {
    return unit.format(oldAmount(), unit.changeDecimals(decimals));
  }

  public String newText() {
    return unit.format(Fen.of(change.newFen()), unit.changeDecimals(decimals));
  }

  public String deltaText() {
    return (change.deltaFen() > 0 ? "+" : "")
        + unit.format(Fen.of(change.deltaFen()), unit.changeDecimals(decimals));
  }

  public boolean increased() {
    return change.deltaFen() > 0;
  }

  /** One leg per entry among the causes, added or removed: what the page lists. */
  public List<TracedLeg> causeEntries() {
    Map<String, TracedLeg> first = new LinkedHashMap<>();
    Stream.concat(change.addedLegs().stream(), change.removedLegs().stream())
        .forEach(l -> first.putIfAbsent(l.entryId(), l));
    return List.copyOf(first.values());
  }
}
