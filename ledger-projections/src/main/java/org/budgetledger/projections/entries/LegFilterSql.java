package org.budgetledger.projections.entries;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The same selection as {@link LegFilter#matches}, as SQL on the leg table. */
final class LegFilterSql {
  private LegFilterSql() {}

  static String where(LegFilter f, List<Object> args) {
    StringBuilder sql = new StringBuilder(" AND side = ?");
    args.add(f.side().name());
    equal(sql, args, "unit_code", f.unit());
    code(sql, args, "function_code", f.functionPrefix(), f.exactCodes());
    code(sql, args, "gov_economic", f.govEconomicPrefix(), f.exactCodes());
    code(sql, args, "dept_economic", f.deptEconomicPrefix(), f.exactCodes());
    anyPrefix(sql, args, "dept_economic", f.deptEconomicAnyOf());
    in(sql, args, "kind", f.kinds());
    in(sql, args, "fund_source", f.fundSources());
    in(sql, args, "origin", f.origins());
    in(sql, args, "income_earmark", f.earmarks());
    equal(sql, args, "project_code", f.projectCode());
    return sql.toString();
  }

  private static void equal(StringBuilder sql, List<Object> args, String column, String value) {
    if (value != null) {
      sql.append(" AND ").append(column).append(" = ?");
      args.add(value);
    }
  }

  /** A code condition: {@link LegFilter#ABSENT} is IS NULL, exact is =, otherwise a prefix. */
  private static void code(
      StringBuilder sql, List<Object> args, String column, String value, boolean exact) {
    if (value == null) {
      return;
    }
    if (LegFilter.ABSENT.equals(value)) {
      sql.append(" AND ").append(column).append(" IS NULL");
    } else if (exact) {
      sql.append(" AND ").append(column).append(" = ?");
      args.add(value);
    } else {
      sql.append(" AND ").append(column).append(" LIKE ?");
      args.add(likePrefix(value));
    }
  }

  private static void anyPrefix(
      StringBuilder sql, List<Object> args, String column, Set<String> prefixes) {
    if (prefixes.isEmpty()) {
      return;
    }
    sql.append(" AND (")
        .append(prefixes.stream().map(p -> column + " LIKE ?").collect(Collectors.joining(" OR ")))
        .append(")");
    prefixes.stream().sorted().map(LegFilterSql::likePrefix).forEach(args::add);
  }

  private static String likePrefix(String code) {
    return code.replace("%", "").replace("_", "") + "%";
  }

  private static void in(
      StringBuilder sql, List<Object> args, String column, Set<? extends Enum<?>> values) {
    if (!values.isEmpty()) {
      sql.append(" AND ")
          .append(column)
          .append(" IN (")
          .append(values.stream().map(v -> "?").collect(Collectors.joining(",")))
          .append(")");
      values.stream().map(Enum::name).sorted().forEach(args::add);
    }
  }
}
