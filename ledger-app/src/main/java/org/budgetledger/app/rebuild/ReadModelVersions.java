package org.budgetledger.app.rebuild;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.budgetledger.projections.slot.ReadModelSlot;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The row {@code read_model_version}: which slot is live, and which rebuild (if any) says it is
 * building the other. Read by the health endpoint and metrics, the nodes following a switch, and
 * the message refusing a second rebuild.
 */
@Component
public class ReadModelVersions {
  private final JdbcTemplate jdbc;

  public ReadModelVersions(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The version served now (reads the database). */
  public ReadModelVersion current() {
    return jdbc.queryForObject(
        "SELECT live_slot, version, switched_at FROM read_model_version WHERE id = 1",
        (rs, n) -> {
          Timestamp switched = rs.getTimestamp(3);
          return new ReadModelVersion(
              ReadModelSlot.of(rs.getString(1)),
              rs.getInt(2),
              switched == null ? null : switched.toInstant());
        });
  }

  /** Who said, last, that they were building a version: a running rebuild or a dead one. */
  Optional<String> building() {
    return jdbc
        .query(
            "SELECT building_version, building_node, building_since FROM read_model_version"
                + " WHERE id = 1 AND building_version IS NOT NULL",
            (rs, n) ->
                "version "
                    + rs.getInt(1)
                    + " on "
                    + rs.getString(2)
                    + " since "
                    + rs.getTimestamp(3).toInstant())
        .stream()
        .findFirst();
  }

  void markBuilding(int version, String node, Instant since) {
    jdbc.update(
        "UPDATE read_model_version SET building_version = ?, building_node = ?,"
            + " building_since = ? WHERE id = 1",
        version,
        node,
        Timestamp.from(since));
  }

  void clearBuilding() {
    jdbc.update(
        "UPDATE read_model_version SET building_version = NULL, building_node = NULL,"
            + " building_since = NULL WHERE id = 1");
  }
}
