package org.budgetledger.app.importer.layout;

/** A profile file that cannot be read: the message names the file and the field. */
public class LayoutProfileException extends RuntimeException {
  public LayoutProfileException(String message) {
    super(message);
  }

  public LayoutProfileException(String message, Throwable cause) {
    super(message, cause);
  }
}
