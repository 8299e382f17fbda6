package org.budgetledger.projections.checks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.budgetledger.projections.reconciliation.TableSet;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.TableKind;

/**
 * The rounding decision per table. A table in 万元 is rounded from 元 by its nature, so a sum may miss
 * by half a display unit per rounded term ({@code Rounding}). A table in 元 is normally the exact
 * figures: when all its sums but one hold to the 元, that one is an error however small (a 1 元
 * difference is FAIL); only a 元 table where several sums miss by rounding amounts shows that its
 * figures were rounded, and then those misses are rounding.
 */
final class WholeYuanTables {
  private WholeYuanTables() {}

  static List<Finding> decide(TableSet set, List<Finding> findings) {
    Map<TableKind, Integer> roundings = new HashMap<>();
    for (Finding f : findings) {
      if (f.status() == CheckStatus.ROUNDING && inYuan(set, f.place().table())) {
        roundings.merge(f.place().table(), 1, Integer::sum);
      }
    }
    List<Finding> decided = new ArrayList<>();
    for (Finding f : findings) {
      TableKind table = f.place().table();
      if (f.status() == CheckStatus.ROUNDING && inYuan(set, table) && roundings.get(table) == 1) {
        decided.add(
            new Finding(
                f.rule(),
                f.kind(),
                CheckStatus.FAIL,
                f.message() + "但本表以元为单位，其余合计均精确相等，表中数字未经舍入，此差额即为错误。",
                f.place(),
                f.figures(),
                f.difference(),
                0));
      } else {
        decided.add(f);
      }
    }
    return decided;
  }

  static boolean inYuan(TableSet set, TableKind kind) {
    if (kind == null) {
      return false;
    }
    String unit = set.table(kind).map(DisclosureTable::unitLabel).orElse("");
    return unit.contains("元") && !unit.contains("万元");
  }
}
