package org.budgetledger.app.readmodel;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The stopped read models as the database holds them ({@code read_model_failure}), so that every
 * node of a cluster sees a failure that one node's processor met. Each statement commits on its
 * own: the processor's batch that failed has rolled back by then.
 */
@Component
public class StoredFailures {
  private final JdbcTemplate jdbc;

  public StoredFailures(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Records (or replaces) the failure of {@code processor}. */
  void save(String processor, ProcessorFailure f) {
    Object[] values = {
      f.eventIndex(),
      f.eventType(),
      f.eventId(),
      f.error(),
      f.since().toEpochMilli(),
      f.attempts(),
      processor
    };
    String update =
        "UPDATE read_model_failure SET event_index = ?, event_type = ?, event_id = ?, error = ?,"
            + " failed_at = ?, attempts = ? WHERE processor = ?";
    if (jdbc.update(update, values) == 0) {
      try {
        jdbc.update(
            "INSERT INTO read_model_failure (event_index, event_type, event_id, error, failed_at,"
                + " attempts, processor) VALUES (?, ?, ?, ?, ?, ?, ?)",
            values);
      } catch (DuplicateKeyException inserted) {
        jdbc.update(update, values); // another node recorded the same read model a moment before
      }
    }
  }

  /**
   * Removes the failure of {@code processor} on the event at {@code eventIndex}, if still there.
   */
  void delete(String processor, long eventIndex) {
    jdbc.update(
        "DELETE FROM read_model_failure WHERE processor = ? AND event_index = ?",
        processor,
        eventIndex);
  }

  /** Every recorded failure, by processor. */
  Map<String, ProcessorFailure> all() {
    Map<String, ProcessorFailure> all = new HashMap<>();
    jdbc.query(
        "SELECT processor, event_index, event_type, event_id, error, failed_at, attempts"
            + " FROM read_model_failure",
        rs -> {
          all.put(
              rs.getString(1),
              new ProcessorFailure(
                  rs.getLong(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  Instant.ofEpochMilli(rs.getLong(6)),
                  rs.getInt(7)));
        });
    return all;
  }
}
