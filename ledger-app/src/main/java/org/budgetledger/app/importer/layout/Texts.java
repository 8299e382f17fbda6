package org.budgetledger.app.importer.layout;

import java.util.regex.Pattern;

/**
 * Text as the profiles match it. Printers vary in what carries no meaning: spaces inside a title or
 * a header word (收 支 总 表), half- or full-width parentheses, colons and digits (（按功能分类） and (按功能分类),
 * 表１ and 表1), and the quotes around 三公 (“三公”, "三公", 〝三公〞 or none). The profiles and the documents
 * are both brought to one form: no whitespace, no quotes, full-width parentheses and colons, ASCII
 * digits.
 */
final class Texts {
  private static final Pattern SPACE = Pattern.compile("[\\s\\u3000\\u00a0]+");
  private static final Pattern QUOTES = Pattern.compile("[\"'“”‘’〝〞「」『』]");

  private Texts() {}

  /** The text without whitespace, otherwise as printed: what a name or a field value is. */
  static String compact(String text) {
    return text == null ? "" : SPACE.matcher(text).replaceAll("");
  }

  /** The form a profile's pattern or header word is matched in. */
  static String normalize(String text) {
    String compact = QUOTES.matcher(compact(text)).replaceAll("");
    StringBuilder folded = new StringBuilder(compact.length());
    for (int i = 0; i < compact.length(); i++) {
      folded.append(fold(compact.charAt(i)));
    }
    return folded.toString();
  }

  private static char fold(char c) {
    return switch (c) {
      case '(' -> '（';
      case ')' -> '）';
      case ':' -> '：';
      default -> c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c;
    };
  }
}
