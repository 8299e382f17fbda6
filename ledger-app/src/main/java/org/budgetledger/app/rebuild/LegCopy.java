package org.budgetledger.app.rebuild;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.budgetledger.app.jdbc.CopyText;
import org.budgetledger.projections.entries.LegRow;
import org.budgetledger.projections.entries.LegTable;
import org.postgresql.PGConnection;

/**
 * Writes leg rows into an emptied slot's leg table with PostgreSQL's {@code COPY … FROM STDIN}, in
 * COPY's text format: a page of legs goes in several times faster so than as a JDBC batch of
 * INSERTs, which pgjdbc sends row by row (README, Performance). The column values come from {@link
 * LegTable#values}, the INSERT's own mapping.
 */
final class LegCopy {
  private LegCopy() {}

  /** Whether {@code connection} is PostgreSQL's, through any pool proxy. */
  static boolean supports(Connection connection) throws SQLException {
    return connection.isWrapperFor(PGConnection.class);
  }

  static long copy(Connection connection, String table, List<LegRow> rows) throws SQLException {
    CopyText text = new CopyText(rows.size() * 400);
    // The legs of one event share its recorded time: formatted once, not once a leg (formatting
    // was a third of this method).
    Object lastTime = null;
    String lastTimeText = null;
    for (LegRow row : rows) {
      for (Object value : LegTable.values(row)) {
        if (value instanceof OffsetDateTime t) {
          if (!t.equals(lastTime)) {
            lastTime = t;
            lastTimeText = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
          }
          text.value(lastTimeText);
        } else {
          text.value(value == null ? null : value.toString());
        }
      }
      text.endRow();
    }
    return text.copyIn(connection, "COPY " + table + " (" + LegTable.COLUMNS + ") FROM STDIN");
  }
}
