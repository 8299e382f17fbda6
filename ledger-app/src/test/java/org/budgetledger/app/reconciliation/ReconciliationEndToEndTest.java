package org.budgetledger.app.reconciliation;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * The place for the end-to-end reconciliation of the seeds: import a seed through the real importer
 * (being written by the lead; no stand-in importer here, so that this test can never pass on a
 * fake), rebuild, reconcile with {@link ReconciliationService#reconcileAsImported}. To assert:
 * district: no MISMATCH, NOT_IN_REBUILT or NOT_READABLE cell, only WITHIN_ROUNDING where the
 * importer rebuilt fine lines from rounded margins; municipal: the 81,779.000000 万元 lost from
 * 支出总表 and 一般公共预算支出表 shows as FAIL in the published rules (as PublishedRulesTest
 * asserts), the rebuilt rules all PASS, and every published cell EXACT; an adjustment recorded
 * after the import changes nothing as of the import and shows as MISMATCH with {@code latest}.
 */
@Disabled("needs the importer (ImportDisclosureCommand from a parsed document), not merged yet")
class ReconciliationEndToEndTest {
  @Test
  void importedSeedsReconcileWithTheirRebuiltTables() {
    throw new UnsupportedOperationException("write once the importer is merged");
  }
}
