package org.budgetledger.core.model;

/** A command's text over its limit or holding a control character; names the field. */
public class InvalidTextException extends InvalidValueException {
  private final String field;

  public InvalidTextException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
