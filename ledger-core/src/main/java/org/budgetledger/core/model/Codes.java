package org.budgetledger.core.model;

import java.util.regex.Pattern;

/** Validation shared by the code value types; every failure names the kind of code and the value. */
final class Codes {
  private Codes() {}

  static String require(String value, Pattern pattern, String what) {
    if (value == null || !pattern.matcher(value).matches()) {
      throw new InvalidValueException("'" + value + "' is not a valid " + what);
    }
    return value;
  }

  static String requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new InvalidValueException(what + " must not be blank");
    }
    return value.strip();
  }
}
