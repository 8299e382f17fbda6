package org.budgetledger.projections.checks;

import java.util.List;
import org.budgetledger.projections.reconciliation.TableSet;

/**
 * What the checks read of one published document, whatever its source (the extracted text of the
 * seeds, a PDF): its name, fiscal year, scope, its tables as printed (exact fen, printed decimals
 * and source lines) and its narrative lines. {@code previous}, when the ledger holds the same
 * department's budget of the year before, lets the year-on-year changes be checked against it.
 */
public record CheckedDocument(
    String name,
    int year,
    DocumentScope scope,
    TableSet tables,
    List<TextLine> text,
    PreviousBudget previous) {
  public CheckedDocument {
    text = List.copyOf(text);
  }
}
