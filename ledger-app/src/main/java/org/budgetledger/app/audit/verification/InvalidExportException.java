package org.budgetledger.app.audit.verification;

/** An export file line that is not an exported event; the message names the file and line. */
public class InvalidExportException extends RuntimeException {

  public InvalidExportException(String message, Throwable cause) {
    super(message, cause);
  }
}
