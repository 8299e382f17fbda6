package org.budgetledger.app.jdbc;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;

/**
 * Rows in the text format of PostgreSQL's {@code COPY … FROM STDIN}: tab between values, newline
 * after a row, {@code \N} for null, and backslash, tab, newline and carriage return escaped (JSON
 * escapes its own, so a payload's backslashes are the ones that matter).
 */
public final class CopyText {
  private final StringBuilder text;
  private boolean rowStarted;

  public CopyText(int expectedChars) {
    text = new StringBuilder(expectedChars);
  }

  public CopyText value(String value) {
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

  public CopyText value(long value) {
    return value(Long.toString(value));
  }

  public void endRow() {
    text.append('\n');
    rowStarted = false;
  }

  /** Sends the rows by {@code statement}, a {@code COPY … FROM STDIN}; the rows it wrote. */
  public long copyIn(Connection connection, String statement) throws SQLException {
    try {
      return connection
          .unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn(statement, new StringReader(text.toString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
