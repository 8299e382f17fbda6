package org.budgetledger.projections.checks;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.budgetledger.projections.tables.TableKind;

/**
 * A table whose own sums fail on most of its rows was not read as printed (its columns taken from
 * the wrong header, its rows cut): a published table with one wrong figure fails one or two sums,
 * not the majority. Its FAILs become WARN with that reason, since the checks cannot tell a misread
 * column from a document that is wrong everywhere.
 */
final class MisreadTables {
  static final int AT_LEAST = 3;

  private MisreadTables() {}

  static void mark(List<Finding> findings) {
    Map<TableKind, int[]> tally = new HashMap<>();
    for (Finding f : findings) {
      if (f.kind() == CheckKind.HIERARCHY && f.place().table() != null) {
        int[] t = tally.computeIfAbsent(f.place().table(), k -> new int[2]);
        t[0]++;
        if (f.status() == CheckStatus.FAIL) {
          t[1]++;
        }
      }
    }
    Set<TableKind> misread = EnumSet.noneOf(TableKind.class);
    tally.forEach(
        (table, t) -> {
          if (t[1] >= AT_LEAST && t[1] * 2 > t[0]) {
            misread.add(table);
          }
        });
    if (misread.isEmpty()) {
      return;
    }
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      if (f.status() != CheckStatus.FAIL) {
        continue;
      }
      if (f.kind() == CheckKind.HIERARCHY && misread.contains(f.place().table())) {
        int[] t = tally.get(f.place().table());
        findings.set(i, warn(f, "此表 " + t[0] + " 项表内关系中 " + t[1] + " 项不成立，多半是此表未能按表头读出，无法判定。"));
      } else if (f.kind() == CheckKind.IDENTITY) {
        for (CheckFigure figure : f.figures()) {
          if (misread.contains(figure.place().table())) {
            findings.set(
                i, warn(f, "所涉" + figure.place().tableLabel() + "多数表内关系不成立，多半未能按表头读出，无法判定。"));
            break;
          }
        }
      }
    }
  }

  private static Finding warn(Finding f, String why) {
    return new Finding(
        f.rule(),
        f.kind(),
        CheckStatus.WARN,
        f.message() + why,
        f.place(),
        f.figures(),
        f.difference(),
        f.toleranceFen());
  }
}
