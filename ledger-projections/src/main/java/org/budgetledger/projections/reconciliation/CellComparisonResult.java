package org.budgetledger.projections.reconciliation;

import java.util.List;

/** Counts per status per table (in the document's numbering order) and every non-exact cell. */
public record CellComparisonResult(List<TableTally> tallies, List<CellFinding> findings) {
  public CellComparisonResult {
    tallies = List.copyOf(tallies);
    findings = List.copyOf(findings);
  }

  public int count(CellStatus status) {
    return tallies.stream().mapToInt(t -> t.count(status)).sum();
  }

  /** Published figures (non-zero money cells) that ended in {@code status}. */
  public int figures(CellStatus status) {
    return tallies.stream().mapToInt(t -> t.figures(status)).sum();
  }

  /** Published figures compared with a rebuilt cell or found missing from the ledger. */
  public int figuresCompared() {
    int all = 0;
    for (CellStatus status : CellStatus.values()) {
      all += figures(status);
    }
    return all - figures(CellStatus.NOT_READABLE);
  }

  public List<CellFinding> findings(CellStatus status) {
    return findings.stream().filter(f -> f.status() == status).toList();
  }
}
