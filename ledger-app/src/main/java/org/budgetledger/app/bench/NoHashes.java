package org.budgetledger.app.bench;

import java.sql.Connection;
import java.util.List;
import org.budgetledger.app.audit.chain.StoredEvent;
import org.budgetledger.app.audit.trail.AppendedHashes;
import org.budgetledger.app.audit.trail.TreeHeadWriter;

/**
 * The append benchmark's baseline: the events alone, no hash rows. Events so written have no hash,
 * which {@code verify} reports as inserted behind the ledger's back: a scratch database only.
 */
final class NoHashes implements AppendedHashes {
  @Override
  public TreeHeadWriter.TreeHead beforeAppend(Connection connection) {
    return null;
  }

  @Override
  public void copy(
      Connection connection, TreeHeadWriter.TreeHead previous, List<StoredEvent> events) {}

  @Override
  public void insert(
      Connection connection, TreeHeadWriter.TreeHead previous, List<StoredEvent> events) {}
}
