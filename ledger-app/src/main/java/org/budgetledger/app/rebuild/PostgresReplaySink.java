package org.budgetledger.app.rebuild;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.budgetledger.projections.entries.LegRow;
import org.budgetledger.projections.facts.FactRow;
import org.budgetledger.projections.facts.FactTable;
import tools.jackson.databind.json.JsonMapper;

/**
 * PostgreSQL: every leg in one transaction, by COPY, into the leg table stripped of its indexes,
 * which are built again, by sorting, before the commit (when the replay runs as the table's owner):
 * COPY into the bare table and the index builds after it take about half the time of COPY into the
 * indexed table (figures in README, Performance). The index definitions are read from the catalog,
 * so the migrations stay their only source; dropping them is transactional, so a failed or killed
 * replay leaves them as they were. Readers of the legs wait for the commit instead of seeing a
 * half-built table. The facts, a few rows a budget, go in the same transaction: a replay that fails
 * leaves both read models as they were.
 */
final class PostgresReplaySink implements ReplaySink {
  private static final String TABLE = "ledger_entry_leg";
  private final ReplayTransaction transaction;
  private final Connection connection;
  private final FactTable facts;
  private final List<String> restore = new ArrayList<>();

  private PostgresReplaySink(ReplayTransaction transaction, FactTable facts) {
    this.transaction = transaction;
    this.connection = transaction.connection();
    this.facts = facts;
  }

  static PostgresReplaySink open(ReplayTransaction transaction, JsonMapper json) {
    PostgresReplaySink sink = new PostgresReplaySink(transaction, transaction.facts(json));
    try {
      sink.dropIndexes();
      transaction.jdbc().update("DELETE FROM budget_fact");
      return sink;
    } catch (SQLException e) {
      throw ReplayTransaction.failure("open", e);
    }
  }

  /** Only the table's owner may drop its indexes; any other role copies into them as they are. */
  private void dropIndexes() throws SQLException {
    List<String> drop = new ArrayList<>();
    try (Statement s = connection.createStatement()) {
      try (ResultSet r =
          s.executeQuery(
              "SELECT pg_has_role(relowner, 'MEMBER') FROM pg_class"
                  + " WHERE oid = '"
                  + TABLE
                  + "'::regclass")) {
        if (!r.next() || !r.getBoolean(1)) {
          // Not the owner: the legs are replaced row by row, inside the same transaction.
          s.execute("DELETE FROM " + TABLE);
          return;
        }
      }
      try (ResultSet r =
          s.executeQuery(
              "SELECT conname, pg_get_constraintdef(oid) FROM"
                  + " pg_constraint WHERE conrelid = '"
                  + TABLE
                  + "'::regclass"
                  + " AND contype IN ('p', 'u')")) {
        while (r.next()) {
          drop.add("ALTER TABLE " + TABLE + " DROP CONSTRAINT " + r.getString(1));
          restore.add(
              "ALTER TABLE " + TABLE + " ADD CONSTRAINT " + r.getString(1) + " " + r.getString(2));
        }
      }
      try (ResultSet r =
          s.executeQuery(
              "SELECT i.indexrelid::regclass::text,"
                  + " pg_get_indexdef(i.indexrelid) FROM pg_index i WHERE i.indrelid = '"
                  + TABLE
                  + "'::regclass AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid ="
                  + " i.indexrelid)")) {
        while (r.next()) {
          drop.add("DROP INDEX " + r.getString(1));
          restore.add(r.getString(2));
        }
      }
      for (String statement : drop) {
        s.execute(statement);
      }
      // The reset emptied the table by DELETE: its dead rows (a whole ledger's, after a rebuild of
      // a full one) would stay in the file and its scans until a vacuum. Truncated here, in this
      // transaction, the legs go into a fresh file; a rollback brings the emptied one back.
      s.execute("TRUNCATE " + TABLE);
    }
  }

  @Override
  public void write(List<LegRow> legRows, List<FactRow> factRows) {
    try {
      LegCopy.copy(connection, legRows);
    } catch (SQLException e) {
      throw ReplayTransaction.failure("write", e);
    }
    facts.insertAll(factRows);
  }

  @Override
  public void finish() {
    try (Statement s = connection.createStatement()) {
      // Each index is built by one sort; more memory than the default 64 MB keeps it off disk.
      s.execute("SET LOCAL maintenance_work_mem = '256MB'");
      for (String statement : restore) {
        s.execute(statement);
      }
    } catch (SQLException e) {
      throw ReplayTransaction.failure("finish", e);
    }
    transaction.commit();
  }

  @Override
  public void close() {
    transaction.close();
  }
}
