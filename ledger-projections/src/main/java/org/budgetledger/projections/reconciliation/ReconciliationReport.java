package org.budgetledger.projections.reconciliation;

import java.util.List;
import org.budgetledger.core.model.DisclosureFormat;
import org.budgetledger.core.model.MoneyUnit;

/**
 * What reconciling one imported document with the ledger found: which budget and document, the
 * point in time of the rebuilt tables, the cell-by-cell comparison, and the rules (勾稽关系) on the
 * published tables and on the rebuilt ones, and the document's unit ({@code unit}: its 收支总表's, in
 * which the rules' sums, differences and tolerances print). Records only, so it serialises to JSON
 * as it stands; {@link ReportText} renders it for people.
 */
public record ReconciliationReport(
    String budgetId,
    String documentFile,
    String contentHash,
    DisclosureFormat format,
    int decimals,
    String pointInTime,
    CellComparisonResult comparison,
    List<RuleCheck> publishedRules,
    List<RuleCheck> rebuiltRules,
    MoneyUnit unit) {
  public ReconciliationReport {
    publishedRules = List.copyOf(publishedRules);
    rebuiltRules = List.copyOf(rebuiltRules);
  }

  /** Compares the two sets and runs the rules on each. */
  public static ReconciliationReport of(
      String budgetId,
      String documentFile,
      String contentHash,
      String pointInTime,
      TableSet published,
      TableSet rebuilt) {
    return of(
        budgetId, documentFile, contentHash, pointInTime, published, rebuilt, RoundedTerms.NONE);
  }

  /** As above, a rebuilt figure summing several rounded figures allowing half a unit for each. */
  public static ReconciliationReport of(
      String budgetId,
      String documentFile,
      String contentHash,
      String pointInTime,
      TableSet published,
      TableSet rebuilt,
      RoundedTerms terms) {
    return new ReconciliationReport(
        budgetId,
        documentFile,
        contentHash,
        published.format(),
        published.decimals(),
        pointInTime,
        CellComparison.compare(published, rebuilt, terms),
        ReconciliationRules.check(published),
        ReconciliationRules.check(rebuilt),
        published.documentUnit());
  }
}
