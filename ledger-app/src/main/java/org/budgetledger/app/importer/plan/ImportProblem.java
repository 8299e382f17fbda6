package org.budgetledger.app.importer.plan;

/** Why a document cannot be imported: the file, line, field (table / column) and the reason. */
public record ImportProblem(String fileName, int lineNo, String field, String message) {
  @Override
  public String toString() {
    return fileName + (lineNo > 0 ? ":" + lineNo : "") + " [" + field + "] " + message;
  }
}
