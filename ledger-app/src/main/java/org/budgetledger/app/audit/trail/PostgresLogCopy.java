package org.budgetledger.app.audit.trail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Iterator;
import java.util.function.Function;
import org.budgetledger.app.audit.chain.HashedEvent;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Reads the log from PostgreSQL with {@code COPY (query) TO STDOUT (FORMAT binary)}: one streamed
 * result without cursor round trips or per-column JDBC conversions, decoded by {@link
 * CopyBinaryRows} on a reader thread while the caller verifies on another core. Hashes are joined
 * by global index where that holds and by event identifier where not ({@link PairedRows}).
 *
 * <p>Runs on the caller's connection, so it sees what the caller's transaction sees. One use.
 */
final class PostgresLogCopy {

  /** Batches queued ahead of the verifier: a few hundred KB, whatever the log's length. */
  private static final int BATCHES_AHEAD = 16;

  private static final String COLUMNS =
      "SELECT e.global_index, e.event_identifier,"
          + " e.aggregate_identifier, e.sequence_number, e.payload_type, e.payload_revision,"
          + " e.time_stamp, e.payload, e.meta_data, h.event_identifier, h.hash";

  private static final String BY_GLOBAL_INDEX = "h.global_index = e.global_index";
  private static final String BY_EVENT_IDENTIFIER = "h.event_identifier = e.event_identifier";

  private final CopyManager copies;
  private final long lastGlobalIndex;
  private final long count;
  private CopyOutStream open;

  private PostgresLogCopy(Connection connection, long lastGlobalIndex, long count)
      throws SQLException {
    this.copies = connection.unwrap(PGConnection.class).getCopyAPI();
    this.lastGlobalIndex = lastGlobalIndex;
    this.count = count;
  }

  static boolean supports(Connection connection) throws SQLException {
    return connection.isWrapperFor(PGConnection.class);
  }

  /** Applies {@code use} to the first {@code count} events up to {@code lastGlobalIndex}. */
  static <T> T read(
      Connection connection,
      long lastGlobalIndex,
      long count,
      Function<Iterator<HashedEvent>, T> use) {
    try {
      planInOrder(connection);
      PostgresLogCopy log = new PostgresLogCopy(connection, lastGlobalIndex, count);
      try {
        PairedRows rows =
            new PairedRows(
                log.copy(Long.MIN_VALUE, count, BY_GLOBAL_INDEX),
                (from, delivered) -> log.copy(from, count - delivered, BY_EVENT_IDENTIFIER));
        try (ReadAhead<HashedEvent> events =
            new ReadAhead<>(rows, BATCHES_AHEAD, "ledger-log-reader")) {
          return use.apply(events);
        }
      } finally {
        log.close();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("COPY of the event log failed", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The log is read in global order, which both tables' indexes give: walking them side by side is
   * the plan. Right after a bulk append, before autovacuum had analyzed the tables, PostgreSQL
   * estimated a few hundred rows and sorted a million on disk instead, far slower (README,
   * Performance); JIT compilation only adds its own time to a plan this simple. For this
   * transaction only.
   */
  private static void planInOrder(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("SET LOCAL enable_sort = off");
      s.execute("SET LOCAL enable_bitmapscan = off");
      s.execute("SET LOCAL enable_hashjoin = off");
      s.execute("SET LOCAL jit = off");
    }
  }

  /**
   * Starts the COPY of {@code limit} events from global index {@code from}, each with the hash row
   * joined by {@code join}; the one running before is read to its end first. The limit applies to
   * the events, inside, so that extra hash rows cannot use it up.
   */
  private Iterator<CopiedRow> copy(long from, long limit, String join) {
    try {
      close();
      // All bounds are longs, so inlining them (COPY takes no parameters) is safe.
      open =
          new CopyOutStream(
              copies.copyOut(
                  "COPY ("
                      + COLUMNS
                      + " FROM (SELECT * FROM"
                      + " domain_event_entry WHERE global_index >= "
                      + from
                      + " AND global_index <= "
                      + lastGlobalIndex
                      + " ORDER BY global_index LIMIT "
                      + limit
                      + ") e"
                      + " LEFT JOIN audit_event_hash h ON "
                      + join
                      + " ORDER BY e.global_index) TO STDOUT (FORMAT binary)"));
      return new CopyBinaryRows(open);
    } catch (SQLException e) {
      throw new IllegalStateException("COPY of the event log failed", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void close() throws IOException {
    if (open != null) {
      open.close();
      open = null;
    }
  }
}
