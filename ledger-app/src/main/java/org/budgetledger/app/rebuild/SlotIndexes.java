package org.budgetledger.app.rebuild;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * PostgreSQL: the indexes of a slot's leg table, dropped before a bulk COPY and built after it
 * (COPY into the bare table and the builds after it take about half the time of COPY into the
 * indexed table: README, Performance). The definitions are the live slot's, read from the catalog
 * and renamed table for table (the slots' index names start with their table's), so the migrations
 * stay their only source, and a slot a killed rebuild left without indexes gets them back next
 * time. Only the tables' owner may do this.
 */
final class SlotIndexes {
  private final List<String> drop = new ArrayList<>();
  private final List<String> build = new ArrayList<>();
  private final List<String> attach = new ArrayList<>();

  private SlotIndexes() {}

  /** Whether the connection's role may drop and build the table's indexes. */
  static boolean owned(Connection connection, String table) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT pg_has_role(relowner, 'MEMBER') FROM pg_class WHERE oid = '"
                    + table
                    + "'::regclass")) {
      return r.next() && r.getBoolean(1);
    }
  }

  /** The statements that strip {@code target} and give it back the indexes of {@code live}. */
  static SlotIndexes of(Connection connection, String live, String target) throws SQLException {
    SlotIndexes indexes = new SlotIndexes();
    try (Statement s = connection.createStatement()) {
      try (ResultSet r = s.executeQuery(catalog(target))) {
        while (r.next()) {
          indexes.drop.add(
              r.getString(3) != null
                  ? "ALTER TABLE " + target + " DROP CONSTRAINT " + r.getString(3)
                  : "DROP INDEX " + r.getString(1));
        }
      }
      try (ResultSet r = s.executeQuery(catalog(live))) {
        while (r.next()) {
          indexes.build.add(r.getString(2).replace(live, target));
          if (r.getString(3) != null) {
            indexes.attach.add(
                "ALTER TABLE "
                    + target
                    + " ADD CONSTRAINT "
                    + r.getString(3).replace(live, target)
                    + ("p".equals(r.getString(4)) ? " PRIMARY KEY" : " UNIQUE")
                    + " USING INDEX "
                    + r.getString(1).replace(live, target));
          }
        }
      }
    }
    return indexes;
  }

  /** Each index of the table: its name, definition, and the key constraint it backs, if any. */
  private static String catalog(String table) {
    return "SELECT c.relname, pg_get_indexdef(i.indexrelid), k.conname, k.contype"
        + " FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
        + " LEFT JOIN pg_constraint k ON k.conindid = i.indexrelid AND k.conrelid = i.indrelid"
        + " AND k.contype IN ('p', 'u') WHERE i.indrelid = '"
        + table
        + "'::regclass ORDER BY c.relname";
  }

  /** The statements that strip the target of its indexes and keys. */
  List<String> drops() {
    return drop;
  }

  /**
   * Builds every index by one sort each (CREATE INDEX takes a lock that lets readers through),
   * committed; then makes the keys constraints on their built indexes, a moment's exclusive lock.
   */
  void build(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (Statement s = connection.createStatement()) {
        s.execute("SET LOCAL maintenance_work_mem = '256MB'");
        for (String statement : build) {
          s.execute(statement);
        }
        connection.commit();
      } catch (SQLException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    }
    if (!attach.isEmpty()) {
      BriefExclusiveLock.run(dataSource, attach);
    }
  }
}
