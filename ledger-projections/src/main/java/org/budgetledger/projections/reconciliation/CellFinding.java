package org.budgetledger.projections.reconciliation;

import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.MoneyUnit;
import org.budgetledger.projections.tables.TableKind;

/**
 * One cell that is not {@link CellStatus#EXACT}: where it is (table, its number in the document's
 * numbering, row and column keys and labels), both values (a money cell: fen and as printed; a text
 * cell: the texts; null on the side that has no cell), the published line (0 when not known), the
 * decimals the published figure was printed with, and for a rounding difference the number of
 * rounded figures {@code roundedTerms} and the {@code toleranceFen} they allow. {@code unit} is the
 * table's (元 or 万元): the rebuilt figure and the difference print in it, to the fen.
 */
public record CellFinding(
    TableKind table,
    String tableNumber,
    String rowKey,
    String columnKey,
    String rowLabel,
    String columnLabel,
    CellStatus status,
    Fen published,
    Fen rebuilt,
    String publishedText,
    String rebuiltText,
    int decimals,
    int lineNo,
    int roundedTerms,
    long toleranceFen,
    String note,
    MoneyUnit unit) {

  /** The difference published − rebuilt in fen, or null unless both are money. */
  public Fen difference() {
    return published == null || rebuilt == null ? null : published.minus(rebuilt);
  }

  /** The difference to the fen in the table's unit, empty unless both are money. */
  public String differenceText() {
    Fen difference = difference();
    return difference == null ? "" : unit.exact(difference);
  }
}
