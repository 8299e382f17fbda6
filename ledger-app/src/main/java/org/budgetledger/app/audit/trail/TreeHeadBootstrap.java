package org.budgetledger.app.audit.trail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.budgetledger.app.audit.merkle.MerkleFrontier;

/**
 * The first tree head of a log written before heads were signed per transaction: the frontier over
 * the recorded chain hashes of every stored event, in global order. Like the hashes of {@link
 * AuditHashBackfill}, it attests the log as it stands at the upgrade; the periodic checkpoints
 * signed before it still attest the older prefix, and {@code verify} recomputes every chain.
 */
final class TreeHeadBootstrap {

  private TreeHeadBootstrap() {}

  static TreeHeadWriter.TreeHead overStoredLog(
      Connection connection, String eventTable, java.util.Set<String> excluded)
      throws SQLException {
    MerkleFrontier frontier = new MerkleFrontier();
    long lastGlobalIndex = 0;
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT e.global_index,"
                + " e.event_identifier, h.hash FROM "
                + eventTable
                + " e LEFT JOIN "
                + EventHashWriter.TABLE
                + " h ON h.event_identifier = e.event_identifier"
                + " ORDER BY e.global_index")) {
      query.setFetchSize(5000);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          if (excluded.contains(rows.getString(2))) {
            continue;
          }
          if (rows.getString(3) == null) {
            throw new EventStoreException(
                "event "
                    + rows.getString(2)
                    + " at global index "
                    + rows.getLong(1)
                    + " has no audit hash: the ledger did not write it and will not"
                    + " sign over it; run ./ledger verify");
          }
          frontier.append(HexFormat.of().parseHex(rows.getString(3).trim()));
          lastGlobalIndex = rows.getLong(1);
        }
      }
    }
    return new TreeHeadWriter.TreeHead(lastGlobalIndex, frontier);
  }
}
