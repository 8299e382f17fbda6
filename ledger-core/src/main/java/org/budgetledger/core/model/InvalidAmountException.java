package org.budgetledger.core.model;

/** An amount that cannot be read exactly in fen: malformed, finer than 1 分, or too large. */
public class InvalidAmountException extends InvalidValueException {
  public InvalidAmountException(String message) {
    super(message);
  }
}
