package org.budgetledger.app.audit.trail;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.budgetledger.app.audit.chain.HashedEvent;
import org.budgetledger.app.audit.chain.StoredEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The event store as the auditor sees it: every event row with the hash recorded for it, in global
 * order, read as the database holds it now (no Axon, no deserialising).
 *
 * <p>Rows are streamed inside a read-only transaction, by COPY on PostgreSQL and through a cursor a
 * few thousand at a time elsewhere, so a log of any length is read in constant memory.
 */
@Component
public class StoredLog {

  private static final String EVENTS =
      "SELECT e.global_index, e.event_identifier,"
          + " e.aggregate_identifier, e.sequence_number, e.payload_type, e.payload_revision,"
          + " e.time_stamp, e.payload, e.meta_data, h.hash FROM domain_event_entry e"
          + " LEFT JOIN audit_event_hash h ON h.event_identifier = e.event_identifier";
  private static final RowMapper<HashedEvent> ROW =
      (rs, n) -> {
        // A NULL written behind the ledger's back reads as empty text: its hash then no longer
        // matches.
        StoredEvent event =
            new StoredEvent(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getLong(4),
                orEmpty(rs.getString(5)),
                rs.getString(6),
                orEmpty(rs.getString(7)),
                orEmpty(rs.getString(8)),
                orEmpty(rs.getString(9)));
        String hash = rs.getString(10);
        return new HashedEvent(event, hash == null ? null : HexFormat.of().parseHex(hash.trim()));
      };

  private final DataSource dataSource;
  private final JdbcTemplate cursor;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate readOnly;
  private final TransactionTemplate snapshot;

  public StoredLog(DataSource dataSource, PlatformTransactionManager transactions) {
    this.dataSource = dataSource;
    this.cursor = new JdbcTemplate(dataSource);
    this.cursor.setFetchSize(5000);
    this.jdbc = new JdbcTemplate(dataSource);
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
    this.snapshot = new TransactionTemplate(transactions);
    this.snapshot.setReadOnly(true);
    this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
  }

  /**
   * Reads {@code first} (the signed heads, say) and then the whole log in one snapshot, so that the
   * two agree: an append commits its events and its tree head together, and both or neither are
   * seen.
   */
  public <C, T> T readInSnapshot(Supplier<C> first, BiFunction<C, Iterator<HashedEvent>, T> use) {
    return snapshot.execute(
        status -> {
          C before = first.get();
          return read(Long.MAX_VALUE, Long.MAX_VALUE, events -> use.apply(before, events));
        });
  }

  /** Applies {@code use} to the events with a global index up to {@code lastGlobalIndex}. */
  public <T> T read(long lastGlobalIndex, Function<Iterator<HashedEvent>, T> use) {
    return read(lastGlobalIndex, Long.MAX_VALUE, use);
  }

  /** Applies {@code use} to the first {@code count} events in global order. */
  public <T> T readFirst(long count, Function<Iterator<HashedEvent>, T> use) {
    return read(Long.MAX_VALUE, count, use);
  }

  /**
   * PostgreSQL streams the rows by COPY, several times faster than by cursor (see {@link
   * PostgresLogCopy}); other databases (H2) by cursor.
   */
  private <T> T read(long lastGlobalIndex, long count, Function<Iterator<HashedEvent>, T> use) {
    return readOnly.execute(
        status -> {
          Connection connection = DataSourceUtils.getConnection(dataSource);
          try {
            if (PostgresLogCopy.supports(connection)) {
              return PostgresLogCopy.read(connection, lastGlobalIndex, count, use);
            }
          } catch (SQLException e) {
            throw new IllegalStateException("cannot tell which database holds the event log", e);
          } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
          }
          try (Stream<HashedEvent> events =
              cursor.queryForStream(
                  EVENTS + " WHERE e.global_index <= ? ORDER BY e.global_index",
                  ROW,
                  lastGlobalIndex)) {
            return use.apply(new Limited<>(events.iterator(), count));
          }
        });
  }

  /** The event's position in global order (its Merkle leaf index) and global index. */
  public Optional<long[]> positionOf(String eventIdentifier) {
    return jdbc
        .query(
            "SELECT e.global_index, (SELECT COUNT(*) FROM domain_event_entry p"
                + " WHERE p.global_index < e.global_index) FROM domain_event_entry e"
                + " WHERE e.event_identifier = ?",
            (rs, n) -> new long[] {rs.getLong(2), rs.getLong(1)},
            eventIdentifier)
        .stream()
        .findFirst();
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  /** The first {@code limit} elements of an iterator. */
  private static final class Limited<T> implements Iterator<T> {
    private final Iterator<T> source;
    private long remaining;

    Limited(Iterator<T> source, long limit) {
      this.source = source;
      this.remaining = limit;
    }

    @Override
    public boolean hasNext() {
      return remaining > 0 && source.hasNext();
    }

    @Override
    public T next() {
      remaining--;
      return source.next();
    }
  }
}
