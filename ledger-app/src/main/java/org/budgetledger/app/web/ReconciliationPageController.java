package org.budgetledger.app.web;

import java.util.List;
import org.budgetledger.app.importer.ImportedDocuments;
import org.budgetledger.app.inquiry.TableInquiry;
import org.budgetledger.app.reconciliation.ReconciliationService;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.projections.entries.PointInTime;
import org.budgetledger.projections.reconciliation.CellStatus;
import org.budgetledger.projections.reconciliation.ReconciliationReport;
import org.budgetledger.projections.reconciliation.RuleStatus;
import org.budgetledger.projections.reconciliation.RuleText;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 勾稽核对: each imported document against the tables rebuilt from the ledger, by {@link
 * ReconciliationService} as REST answers it. By default the ledger as of each import, so that later
 * adjustments are not reported as differences; {@code latest=true} reads it as it stands now.
 */
@Controller
public class ReconciliationPageController {
  private final ReconciliationService service;
  private final ImportedDocuments documents;
  private final TableInquiry tables;

  public ReconciliationPageController(
      ReconciliationService service, ImportedDocuments documents, TableInquiry tables) {
    this.service = service;
    this.documents = documents;
    this.tables = tables;
  }

  @GetMapping("/budgets/{budgetId}/reconciliation")
  public String reconciliation(
      @PathVariable String budgetId,
      @RequestParam(defaultValue = "false") boolean latest,
      Model model) {
    BudgetId id = BudgetSnapshots.id(budgetId);
    model.addAttribute("budget", tables.view(id, PointInTime.LATEST).header());
    model.addAttribute("section", "reconciliation");
    model.addAttribute("latest", latest);
    // Asked first, so that "no document" is a state of the page and not an error.
    boolean imported = !documents.fileNames(id.toString()).isEmpty();
    List<ReconciliationReport> reports =
        !imported
            ? List.of()
            : latest ? service.reconcile(id, PointInTime.LATEST) : service.reconcileAsImported(id);
    model.addAttribute("reports", reports);
    model.addAttribute("checks", imported ? service.checks(id) : List.of());
    model.addAttribute("statuses", CellStatus.values());
    model.addAttribute("ruleStatuses", RuleStatus.values());
    model.addAttribute("fen", new FenText());
    model.addAttribute("ruleText", new RuleText());
    return "reconciliation";
  }
}
