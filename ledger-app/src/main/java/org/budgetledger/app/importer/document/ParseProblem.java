package org.budgetledger.app.importer.document;

/**
 * Something the parser could not read, or read with a reservation: the file, the 1-based line, the
 * field (table and column) and the text of the line, so a person can find it in the source.
 */
public record ParseProblem(
    String fileName, int lineNo, String field, String lineText, String message) {

  @Override
  public String toString() {
    return fileName + ":" + lineNo + " [" + field + "] " + message + " | " + lineText;
  }
}
