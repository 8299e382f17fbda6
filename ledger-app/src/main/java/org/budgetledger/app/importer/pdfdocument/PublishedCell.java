package org.budgetledger.app.importer.pdfdocument;

import org.budgetledger.core.model.Fen;

/**
 * One cell of a published table as printed: its place (page, body row from 1, column from 0), the
 * canonical measure of its column (null when the header words are not known), the text, and for a
 * figure its exact amount in fen with the decimals printed (an empty cell, 0 or - is no amount).
 */
public record PublishedCell(
    int page, int row, int column, String measure, String text, Fen amount, int decimals) {
  public boolean isMoney() {
    return amount != null;
  }
}
