package org.budgetledger.app.importer.layout;

/** A document no profile, or more than one equally, recognises; the message says which and why. */
public class UnknownLayoutException extends RuntimeException {
  public UnknownLayoutException(String message) {
    super(message);
  }
}
