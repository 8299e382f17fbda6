package org.budgetledger.app.ledger;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.budgetledger.projections.entries.LegRow;
import org.budgetledger.projections.entries.LegTable;
import org.postgresql.PGConnection;

/**
 * Writes leg rows into an emptied {@code ledger_entry_leg} with PostgreSQL's {@code COPY … FROM
 * STDIN}, in COPY's text format. Measured on this machine's PostgreSQL, a page of legs goes in
 * several times faster so than as a JDBC batch of INSERTs, which pgjdbc sends row by row. The
 * column values come from {@link LegTable#values}, the INSERT's own mapping.
 */
final class LegCopy {
  private static final String COPY = "COPY ledger_entry_leg (" + LegTable.COLUMNS
      + ") FROM STDIN";

  private LegCopy() {
  }

  /** Whether {@code connection} is PostgreSQL's, through any pool proxy. */
  static boolean supports(Connection connection) throws SQLException {
    return connection.isWrapperFor(PGConnection.class);
  }

  static long copy(Connection connection, List<LegRow> rows) throws SQLException {
    StringBuilder text = new StringBuilder(rows.size() * 400);
    // The legs of one event share its recorded time: formatted once, not once a leg (formatting
    // was a third of this method).
    Object lastTime = null;
    String lastTimeText = null;
    for (LegRow row : rows) {
      Object[] values = LegTable.values(row);
      for (int i = 0; i < values.length; i++) {
        if (i > 0) {
          text.append('\t');
        }
        if (values[i] instanceof OffsetDateTime t) {
          if (!t.equals(lastTime)) {
            lastTime = t;
            lastTimeText = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
          }
          text.append(lastTimeText);
        } else {
          append(text, values[i]);
        }
      }
      text.append('\n');
    }
    try {
      return connection.unwrap(PGConnection.class).getCopyAPI()
          .copyIn(COPY, new StringReader(text.toString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail: never seen
    }
  }

  /** One value in COPY's text format: {@code \N} for null, and the separators escaped. */
  private static void append(StringBuilder text, Object value) {
    if (value == null) {
      text.append("\\N");
      return;
    }
    String s = value.toString();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> text.append("\\\\");
        case '\t' -> text.append("\\t");
        case '\n' -> text.append("\\n");
        case '\r' -> text.append("\\r");
        default -> text.append(c);
      }
    }
  }
}
