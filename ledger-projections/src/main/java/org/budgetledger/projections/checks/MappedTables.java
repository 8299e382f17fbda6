package org.budgetledger.projections.checks;

import java.util.List;
import java.util.Set;

/**
 * In a document whose tables were mapped from its family's own layout, a figure of a table that
 * disagrees with another, or with the text, may be the document's error or the mapping's. For the
 * families in {@link #VERIFIED}, every table finding of every corpus document was read against its
 * PDF page (README, "The auditor's checks"): the mapping's artefacts were fixed in the rules, the
 * remaining FAILs are the documents' own, so each rule keeps its own status. For any other family
 * the rule cannot decide: its FAIL is a WARN that names the family and says so. Rules on the text
 * alone (changes, years, names, lists) keep their FAIL everywhere.
 */
final class MappedTables {
  /** Families whose mapped tables were read finding by finding against the corpus PDFs. */
  static final Set<String> VERIFIED =
      Set.of(
          "central-mof",
          "changsha",
          "guangzhou",
          "hangzhou-zhejiang",
          "jiangsu",
          "quanzhou",
          "shanghai9",
          "yantai");

  static final String WHY = "的表格按其版式映射读出，此版式尚未与原件逐格核对：此不符可能是文件之误，也可能是映射之误，无法判定。";

  private MappedTables() {}

  static void mark(CheckedDocument document, List<Finding> findings) {
    String family = document.mappedFamily();
    if (family == null || VERIFIED.contains(family)) {
      return;
    }
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      if (f.status() == CheckStatus.FAIL && readsATable(f)) {
        findings.set(
            i,
            new Finding(
                f.rule(),
                f.kind(),
                CheckStatus.WARN,
                f.message() + "本文件（" + family + " 版式）" + WHY,
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
