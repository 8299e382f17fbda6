package org.budgetledger.projections.checks;

import java.util.List;
import org.budgetledger.projections.reconciliation.TableSet;

/**
 * What the checks read of one published document, whatever its source (the extracted text of the
 * seeds, a PDF): its name, fiscal year, scope, its tables as printed (exact fen, printed decimals
 * and source lines) and its narrative lines. {@code previous}, when the ledger holds the same
 * department's budget of the year before, lets the year-on-year changes be checked against it.
 * {@code mappedFamily}: the layout family whose own tables were mapped onto the canonical ones (a
 * PDF of a family other than Beijing's), null when the tables are read as the canonical ones;
 * whether its table findings can be decided is {@link MappedTables}' matter. {@code
 * printedChanges}: the changes its tables print beside last year's figures (a PDF's, as read; none
 * from a text), checked against the tables themselves ({@link PriorYearChecks}).
 */
public record CheckedDocument(
    String name,
    int year,
    DocumentScope scope,
    TableSet tables,
    List<TextLine> text,
    PreviousBudget previous,
    String mappedFamily,
    List<PrintedChange> printedChanges) {
  public CheckedDocument {
    text = List.copyOf(text);
    printedChanges = printedChanges == null ? List.of() : List.copyOf(printedChanges);
  }

  public CheckedDocument(
      String name,
      int year,
      DocumentScope scope,
      TableSet tables,
      List<TextLine> text,
      PreviousBudget previous,
      String mappedFamily) {
    this(name, year, scope, tables, text, previous, mappedFamily, List.of());
  }

  public boolean tablesMapped() {
    return mappedFamily != null;
  }

  public CheckedDocument(
      String name,
      int year,
      DocumentScope scope,
      TableSet tables,
      List<TextLine> text,
      PreviousBudget previous) {
    this(name, year, scope, tables, text, previous, null, List.of());
  }
}
