package org.budgetledger.app.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * Refuses UPDATE and DELETE on the embedded database's event tables, as PostgreSQL's trigger does.
 */
public class AppendOnlyH2Trigger implements Trigger {
  private String table;

  @Override
  public void init(
      Connection conn,
      String schemaName,
      String triggerName,
      String tableName,
      boolean before,
      int type) {
    this.table = tableName;
  }

  @Override
  public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
    throw new SQLException(
        "the ledger table "
            + table
            + " is append-only: "
            + (newRow == null ? "DELETE" : "UPDATE")
            + " refused",
        "42501");
  }
}
