package org.budgetledger.projections.entries;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;

/** The SQL conditions of a point in time on the leg table, with their arguments. */
final class PointInTimeSql {
  private PointInTimeSql() {}

  static String where(PointInTime at, List<Object> args) {
    StringBuilder sql = new StringBuilder();
    if (at.asOf() != null) {
      sql.append(" AND recorded_at <= ?");
      args.add(Timestamp.from(at.asOf()));
    }
    if (at.effective() != null) {
      sql.append(" AND effective_date <= ?");
      args.add(Date.valueOf(at.effective()));
    }
    return sql.toString();
  }
}
