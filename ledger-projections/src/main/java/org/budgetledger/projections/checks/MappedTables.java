package org.budgetledger.projections.checks;

import java.util.List;

/**
 * In a document whose tables were mapped from its family's own layout (not yet verified cell by
 * cell against each document), a figure of a table that disagrees with another, or with the text,
 * may be the document's error or the mapping's: the rule cannot decide, so its FAIL is a WARN that
 * says so. Rules on the text alone (changes, years, names, lists) keep their FAIL.
 */
final class MappedTables {
  static final String WHY = "本文件的表格按其版式映射读出，尚未与原件逐格核对：此不符可能是文件之误，也可能是映射之误，无法判定。";

  private MappedTables() {}

  static void mark(List<Finding> findings) {
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      if (f.status() == CheckStatus.FAIL && readsATable(f)) {
        findings.set(
            i,
            new Finding(
                f.rule(),
                f.kind(),
                CheckStatus.WARN,
                f.message() + WHY,
                f.place(),
                f.figures(),
                f.difference(),
                f.toleranceFen()));
      }
    }
  }

  private static boolean readsATable(Finding f) {
    return f.place().table() != null
        || f.figures().stream().anyMatch(x -> x.place().table() != null);
  }
}
