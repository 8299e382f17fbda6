package org.budgetledger.app.importer.document;

import java.util.List;
import java.util.function.Function;

/**
 * The 类 rows of a table by 部门经济分类 (301 工资福利支出 above 30101 …, or 302 above 30201): a code with
 * longer codes under it among the table's rows is their sum as printed, a subtotal to compare with
 * the codes summed, never a line (it would count its money twice). Told by the codes alone, so it
 * holds for every family printing the hierarchy.
 */
final class EconomicClassRows {
  private EconomicClassRows() {}

  static <R> boolean isClassRow(R row, List<R> rows, Function<R, CodedName> dept) {
    CodedName code = dept.apply(row);
    if (code == null) {
      return false;
    }
    String c = code.code();
    return rows.stream()
        .map(dept)
        .filter(d -> d != null)
        .anyMatch(d -> d.code().length() > c.length() && d.code().startsWith(c));
  }
}
