package org.budgetledger.app.importer.input;

/** A file the importer refuses to read: names the file, the line (0: the whole file) and why. */
public class ImportInputException extends RuntimeException {
  private final String fileName;
  private final int lineNo;
  private final String field;

  public ImportInputException(String fileName, int lineNo, String field, String message) {
    super(fileName + (lineNo > 0 ? ":" + lineNo : "") + " [" + field + "] " + message);
    this.fileName = fileName;
    this.lineNo = lineNo;
    this.field = field;
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

  /** The reason alone, without the place. */
  public String reason() {
    String m = getMessage();
    return m.substring(m.indexOf("] ") + 2);
  }
}
