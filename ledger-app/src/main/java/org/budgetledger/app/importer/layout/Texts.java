package org.budgetledger.app.importer.layout;

import java.util.regex.Pattern;

/** Text as the profiles match it: no whitespace, full-width colons and parentheses as printed. */
final class Texts {
  private static final Pattern SPACE = Pattern.compile("[\\s\\u3000\\u00a0]+");

  private Texts() {}

  static String normalize(String text) {
    return text == null ? "" : SPACE.matcher(text).replaceAll("");
  }
}
