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

  static DetailKey of(LineKey line) {
    return new DetailKey(
        line.function().value(),
        line.govEconomic() == null ? null : line.govEconomic().value(),
        line.deptEconomic() == null ? null : line.deptEconomic().value());
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
    return LegFilter.spending()
        .function(function)
        .govEconomic(orAbsent(gov))
        .deptEconomic(orAbsent(dept))
        .exact();
  }

  private static String orAbsent(String code) {
    return code == null ? LegFilter.ABSENT : code;
  }
}
