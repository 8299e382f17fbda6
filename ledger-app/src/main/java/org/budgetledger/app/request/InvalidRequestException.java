package org.budgetledger.app.request;

/**
 * A request field that cannot be read; {@code field} is its path, e.g. {@code
 * spendingLegs[0].amount}.
 */
public class InvalidRequestException extends RuntimeException {
  private final String field;

  public InvalidRequestException(String field, String message) {
    super(field + ": " + message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
