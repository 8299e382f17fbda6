package org.budgetledger.projections.reconciliation;

/**
 * The value of a table's printed number, in digits or in Chinese numerals ({@code 公开01表} 1, {@code
 * 表12} 12, {@code 十一} 11), so that a family's tables are listed in its own order.
 */
final class PrintedNumerals {
  private static final String DIGITS = "零一二三四五六七八九";
  private static final int NONE = 999;

  private PrintedNumerals() {}

  /** The first number printed in {@code label}; a large value when it prints none. */
  static int value(String label) {
    StringBuilder run = new StringBuilder();
    for (char c : label.toCharArray()) {
      boolean numeral = Character.isDigit(c) || c == '十' || DIGITS.indexOf(c) > 0;
      if (numeral) {
        run.append(c);
      } else if (!run.isEmpty()) {
        break;
      }
    }
    if (run.isEmpty()) {
      return NONE;
    }
    String text = run.toString();
    return text.chars().allMatch(Character::isDigit) ? Integer.parseInt(text) : chinese(text);
  }

  /** 一 … 九十九 as printed in table numbers. */
  private static int chinese(String text) {
    int ten = text.indexOf('十');
    if (ten < 0) {
      return text.length() == 1 ? DIGITS.indexOf(text.charAt(0)) : NONE;
    }
    int tens = ten == 0 ? 1 : DIGITS.indexOf(text.charAt(0));
    int units = ten == text.length() - 1 ? 0 : DIGITS.indexOf(text.charAt(ten + 1));
    return tens < 0 || units < 0 ? NONE : tens * 10 + units;
  }
}
