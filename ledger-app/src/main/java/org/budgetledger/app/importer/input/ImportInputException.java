package org.budgetledger.app.importer.input;

import org.budgetledger.app.importer.problem.ProblemKind;
import org.budgetledger.app.importer.problem.ProblemText;

/** A file the importer refuses to read: names the file, the line (0: the whole file) and why. */
public class ImportInputException extends RuntimeException {
  private final String fileName;
  private final int lineNo;
  private final String field;
  private final transient ProblemText text;

  public ImportInputException(
      String fileName, int lineNo, String field, ProblemKind kind, Object... args) {
    this(fileName, lineNo, field, ProblemText.of(kind, args));
  }

  private ImportInputException(String fileName, int lineNo, String field, ProblemText text) {
    super(fileName + (lineNo > 0 ? ":" + lineNo : "") + " [" + field + "] " + text.english());
    this.fileName = fileName;
    this.lineNo = lineNo;
    this.field = field;
    this.text = text;
  }

  public String fileName() {
    return fileName;
  }

  public int lineNo() {
    return lineNo;
  }

  public String field() {
    return field;
  }

  /** The reason alone, without the place, in English. */
  public String reason() {
    return text.english();
  }

  /** The reason in either language. */
  public ProblemText text() {
    return text;
  }
}
