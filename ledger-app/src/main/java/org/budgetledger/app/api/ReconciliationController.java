package org.budgetledger.app.api;

import java.util.List;
import org.budgetledger.app.checks.CheckReportView;
import org.budgetledger.app.reconciliation.ReconciliationService;
import org.budgetledger.app.request.Fields;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.projections.reconciliation.ReconciliationReport;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reconciliation of a budget's imported documents with its ledger: one report per document.
 * Without {@code asOf}, {@code effective} or {@code latest=true} the ledger is read as of each
 * import; a budget without an imported document is 404 through {@link ProblemHandler}.
 */
@RestController
@RequestMapping("/api/budgets")
public class ReconciliationController {
  private final ReconciliationService service;

  public ReconciliationController(ReconciliationService service) {
    this.service = service;
  }

  @GetMapping("/{budgetId}/reconciliation")
  public List<ReconciliationReport> reconciliation(
      @PathVariable String budgetId,
      @RequestParam(required = false) String asOf,
      @RequestParam(required = false) String effective,
      @RequestParam(defaultValue = "false") boolean latest) {
    BudgetId id = Fields.read("budgetId", budgetId, BudgetId::parse);
    if (!latest && asOf == null && effective == null) {
      return service.reconcileAsImported(id);
    }
    return service.reconcile(id, BudgetController.pointInTime(asOf, effective));
  }

  /**
   * The auditor's checks (issue 12) on each imported document: findings grouped by family, FAIL
   * first, each with its place and, for a cell, the path of its provenance.
   */
  @GetMapping("/{budgetId}/checks")
  public List<CheckReportView> checks(@PathVariable String budgetId) {
    BudgetId id = Fields.read("budgetId", budgetId, BudgetId::parse);
    return service.checks(id).stream().map(r -> CheckReportView.of(r, id.toString())).toList();
  }
}
