package org.budgetledger.app.importer.document;

import java.util.regex.Pattern;

/** Text repairs for PDF extraction, which breaks names and codes with spaces. */
final class Texts {
  private static final String CJK =
      "[\\p{IsHan}\\p{InCJKSymbolsAndPunctuation}\\p{InHalfwidthAndFullwidthForms}“”]";
  // A space next to a Chinese character is a line break of the PDF cell, never part of the name.
  private static final Pattern BREAK_NEAR_CJK =
      Pattern.compile("(?<=" + CJK + ")\\s+|\\s+(?=" + CJK + ")");
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u3000]+");
  private static final Pattern AMOUNT_LIKE = Pattern.compile("-?\\d[\\d,]*(\\.\\d+)?");

  private Texts() {}

  /** Removes every space: for labels and codes compared against known words. */
  static String compact(String text) {
    return text == null ? "" : WHITESPACE.matcher(text).replaceAll("");
  }

  /** Joins a name broken by the PDF: {@code 北京市东城区医 疗保障局} → {@code 北京市东城区医疗保障局}. */
  static String debreak(String text) {
    return text == null ? "" : BREAK_NEAR_CJK.matcher(text.strip()).replaceAll("");
  }

  static boolean isAmountLike(String cell) {
    return AMOUNT_LIKE.matcher(cell.strip()).matches();
  }

  /**
   * A cell that is meant as a figure but is not one: ASCII digits, letters, dots and commas only,
   * with a digit and a dot ({@code 135.00000B}, {@code 47I.092320}, {@code 20.80I000}: an OCR or
   * typing error). Read as a figure it is refused whole, never taken for the text beside it.
   */
  static boolean isAmountShaped(String cell) {
    String s = cell.strip();
    if (s.isEmpty() || s.indexOf('.') < 0 || s.chars().noneMatch(Character::isDigit)) {
      return false;
    }
    return s.chars()
        .allMatch(
            c -> c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == ',' || c == '-'));
  }

  static boolean isBlank(String cell) {
    return cell == null || cell.isBlank();
  }
}
