package org.budgetledger.app.checks;

/** A document the checks cannot read at all; the message names the file and why. */
public class UnreadableDocumentException extends RuntimeException {
  public UnreadableDocumentException(String message) {
    super(message);
  }

  public UnreadableDocumentException(String message, Throwable cause) {
    super(message, cause);
  }
}
