package org.budgetledger.projections.entries;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.budgetledger.projections.tables.LegFilter;

/** The same selection as {@link LegFilter#matches}, as SQL on the leg table. */
final class LegFilterSql {
  private LegFilterSql() {}

  static String where(LegFilter f, List<Object> args) {
    StringBuilder sql = new StringBuilder(" AND side = ?");
    args.add(f.side().name());
    equal(sql, args, "unit_code", f.unit());
    prefix(sql, args, "function_code", f.functionPrefix());
    prefix(sql, args, "gov_economic", f.govEconomicPrefix());
    prefix(sql, args, "dept_economic", f.deptEconomicPrefix());
    in(sql, args, "kind", f.kinds());
    in(sql, args, "fund_source", f.fundSources());
    in(sql, args, "origin", f.origins());
    equal(sql, args, "project_code", f.projectCode());
    return sql.toString();
  }

  private static void equal(StringBuilder sql, List<Object> args, String column, String value) {
    if (value != null) {
      sql.append(" AND ").append(column).append(" = ?");
      args.add(value);
    }
  }

  private static void prefix(StringBuilder sql, List<Object> args, String column, String value) {
    if (value != null) {
      sql.append(" AND ").append(column).append(" LIKE ?");
      args.add(value.replace("%", "").replace("_", "") + "%");
    }
  }

  private static void in(StringBuilder sql, List<Object> args, String column, Set<? extends Enum<?>> values) {
    if (!values.isEmpty()) {
      sql.append(" AND ").append(column).append(" IN (")
          .append(values.stream().map(v -> "?").collect(Collectors.joining(","))).append(")");
      values.stream().map(Enum::name).sorted().forEach(args::add);
    }
  }
}
