package org.budgetledger.app.checks;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.budgetledger.projections.reconciliation.ReconciliationReport;

/**
 * One document's reconciliation with the auditor's checks beside it, as {@code ./ledger reconcile
 * --json} prints it: the report's own fields, then {@code checks}.
 */
public record ReconciliationWithChecks(
    @JsonUnwrapped ReconciliationReport reconciliation, CheckReportView checks) {}
