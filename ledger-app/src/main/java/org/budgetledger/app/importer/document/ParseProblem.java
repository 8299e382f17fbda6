package org.budgetledger.app.importer.document;

import org.budgetledger.app.importer.problem.ProblemText;

/**
 * Something the parser could not read, or read with a reservation: the file, the 1-based line, the
 * field (table and column) and the text of the line, so a person can find it in the source, and
 * what is wrong, said in Chinese or English.
 */
public record ParseProblem(
    String fileName, int lineNo, String field, String lineText, ProblemText text) {

  /** What is wrong, in English. */
  public String message() {
    return text.english();
  }

  @Override
  public String toString() {
    return fileName + ":" + lineNo + " [" + field + "] " + message() + " | " + lineText;
  }
}
