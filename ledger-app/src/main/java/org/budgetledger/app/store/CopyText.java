package org.budgetledger.app.store;

/**
 * Rows in the text format of PostgreSQL's {@code COPY … FROM STDIN}: tab between values, newline
 * after a row, {@code \N} for null, and backslash, tab, newline and carriage return escaped (JSON
 * escapes its own, so a payload's backslashes are the ones that matter).
 */
final class CopyText {
  private final StringBuilder text;
  private boolean rowStarted;

  CopyText(int expectedChars) {
    text = new StringBuilder(expectedChars);
  }

  CopyText value(String value) {
    if (rowStarted) {
      text.append('\t');
    }
    rowStarted = true;
    if (value == null) {
      text.append("\\N");
      return this;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> text.append("\\\\");
        case '\t' -> text.append("\\t");
        case '\n' -> text.append("\\n");
        case '\r' -> text.append("\\r");
        default -> text.append(c);
      }
    }
    return this;
  }

  CopyText value(long value) {
    return value(Long.toString(value));
  }

  void endRow() {
    text.append('\n');
    rowStarted = false;
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
