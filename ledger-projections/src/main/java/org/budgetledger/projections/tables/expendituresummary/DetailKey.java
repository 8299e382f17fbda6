package org.budgetledger.projections.tables.expendituresummary;

import java.util.Comparator;
import org.budgetledger.core.model.LineKey;
import org.budgetledger.projections.entries.LegFilter;

/** One 支出总表 row: function × government × department economic code, null codes when unlisted. */
record DetailKey(String function, String gov, String dept) {
  static final Comparator<DetailKey> ORDER =
      Comparator.comparing(DetailKey::function)
          .thenComparing(DetailKey::gov, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(DetailKey::dept, Comparator.nullsLast(Comparator.naturalOrder()));

  /**
   * A line without a 政府经济分类 code belongs to its function's row: either the source gave no economic
   * detail, or its family prints 支出总表 by function only (the 部门经济分类 code then comes from 基本支出表, not
   * from this table).
   */
  static DetailKey of(LineKey line) {
    return line.govEconomic() == null
        ? new DetailKey(line.function().value(), null, null)
        : new DetailKey(
            line.function().value(), line.govEconomic().value(), line.deptEconomic().value());
  }

  boolean unclassified() {
    return dept == null;
  }

  /** {@code 2101501|50101|30101}, or {@code 210|-|-} for spending without economic detail. */
  String rowKey() {
    return function + "|" + orAbsent(gov) + "|" + orAbsent(dept);
  }

  /** Selects exactly this row's legs: whole codes, and absent codes for an unclassified row. */
  LegFilter filter() {
    LegFilter row = LegFilter.spending().function(function).govEconomic(orAbsent(gov));
    return (gov == null ? row : row.deptEconomic(orAbsent(dept))).exact();
  }

  private static String orAbsent(String code) {
    return code == null ? LegFilter.ABSENT : code;
  }
}
