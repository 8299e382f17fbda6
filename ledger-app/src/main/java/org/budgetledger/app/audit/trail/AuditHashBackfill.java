package org.budgetledger.app.audit.trail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.budgetledger.app.audit.chain.EventHasher;
import org.budgetledger.app.audit.chain.StoredEvent;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration 5.2: hashes the events written before the audit trail existed, once, in global order,
 * so that their budgets' chains can go on. These hashes attest the log as it stood at the upgrade,
 * not at the time of writing: nothing can, for events written with no trail. After this migration
 * only {@code store.HashingEventStorageEngine} writes hashes, so an event without one is a forgery.
 */
@Component
public class AuditHashBackfill implements JavaMigration {

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("5.2");
  }

  @Override
  public String getDescription() {
    return "audit hashes of the events written before the audit trail";
  }

  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    EventHasher hasher = new EventHasher();
    // One hash per budget in memory: the chain's last link, as the verifier keeps it.
    Map<String, byte[]> last = new HashMap<>();
    try (PreparedStatement read =
            connection.prepareStatement(
                "SELECT global_index, event_identifier,"
                    + " aggregate_identifier, sequence_number, payload_type, payload_revision, time_stamp,"
                    + " payload, meta_data FROM domain_event_entry ORDER BY global_index");
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO audit_event_hash"
                    + " (event_identifier, global_index, aggregate_identifier, sequence_number, hash)"
                    + " VALUES (?, ?, ?, ?, ?)")) {
      read.setFetchSize(1000);
      int pending = 0;
      try (ResultSet rs = read.executeQuery()) {
        while (rs.next()) {
          StoredEvent event =
              new StoredEvent(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getLong(4),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getString(7),
                  rs.getString(8),
                  rs.getString(9) == null ? "" : rs.getString(9));
          byte[] hash =
              hasher.hash(
                  event, last.getOrDefault(event.aggregateIdentifier(), EventHasher.genesis()));
          last.put(event.aggregateIdentifier(), hash);
          insert.setString(1, event.eventIdentifier());
          insert.setLong(2, event.globalIndex());
          insert.setString(3, event.aggregateIdentifier());
          insert.setLong(4, event.sequenceNumber());
          insert.setString(5, HexFormat.of().formatHex(hash));
          insert.addBatch();
          if (++pending == 1000) {
            insert.executeBatch();
            pending = 0;
          }
        }
      }
      if (pending > 0) {
        insert.executeBatch();
      }
    }
  }
}
