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

  public List<CellFinding> findings(CellStatus status) {
    return findings.stream().filter(f -> f.status() == status).toList();
  }
}
