package org.budgetledger.core.model;

/** A value that fails validation at construction; the message names the value and the rule. */
public class InvalidValueException extends IllegalArgumentException {
  public InvalidValueException(String message) {
    super(message);
  }
}
