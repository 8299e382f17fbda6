package org.budgetledger.core.model;

import java.util.function.Predicate;

/**
 * Validation shared by the code value types; every failure names the kind of code and the value.
 * The formats are checked character by character, not by regular expressions: every code of every
 * leg is validated again whenever an event is read, and the matchers showed in a rebuild's profile.
 */
final class Codes {
  private Codes() {}

  static String require(String value, Predicate<String> format, String what) {
    if (value == null || !format.test(value)) {
      throw new InvalidValueException("'" + value + "' is not a valid " + what);
    }
    return value;
  }

  /** 3, 5 or 7 ASCII digits: 类, 款, 项 of a classification. */
  static boolean isClassification(String value) {
    int n = value.length();
    return (n == 3 || n == 5 || n == 7) && allMatch(value, 0, Codes::isDigit);
  }

  /** A letter or digit, then up to {@code maxLength - 1} letters, digits or {@code others}. */
  static boolean isIdentifier(String value, int maxLength, String others) {
    return !value.isEmpty()
        && value.length() <= maxLength
        && isAlphanumeric(value.charAt(0))
        && allMatch(value, 1, c -> isAlphanumeric(c) || others.indexOf(c) >= 0);
  }

  private interface CharTest {
    boolean test(char c);
  }

  private static boolean allMatch(String value, int from, CharTest test) {
    for (int i = from; i < value.length(); i++) {
      if (!test.test(value.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAlphanumeric(char c) {
    return isDigit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  static String requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new InvalidValueException(what + " must not be blank");
    }
    return value.strip();
  }
}
