package org.budgetledger.app.audit.trail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.function.Function;
import org.budgetledger.app.audit.HashedEvent;
import org.postgresql.PGConnection;

/**
 * Reads the log from PostgreSQL with {@code COPY (query) TO STDOUT (FORMAT binary)}: one streamed
 * result without cursor round trips or per-column JDBC conversions, decoded by {@link
 * CopyBinaryRows} on a reader thread while the caller verifies on another core.
 *
 * <p>Runs on the caller's connection, so it sees what the caller's transaction sees.
 */
final class PostgresLogCopy {

  /** Batches queued ahead of the verifier: a few hundred KB, whatever the log's length. */
  private static final int BATCHES_AHEAD = 16;

  private PostgresLogCopy() {}

  static boolean supports(Connection connection) throws SQLException {
    return connection.isWrapperFor(PGConnection.class);
  }

  static <T> T read(Connection connection, String query, Function<Iterator<HashedEvent>, T> use) {
    try {
      CopyOutStream data = new CopyOutStream(connection.unwrap(PGConnection.class).getCopyAPI()
          .copyOut("COPY (" + query + ") TO STDOUT (FORMAT binary)"));
      try (data) {
        try (ReadAhead<HashedEvent> events =
            new ReadAhead<>(new CopyBinaryRows(data), BATCHES_AHEAD, "ledger-log-reader")) {
          return use.apply(events);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("COPY of the event log failed", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
