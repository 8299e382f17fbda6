package org.budgetledger.app.api;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.NoSuchElementException;
import org.budgetledger.app.reconciliation.ReconciliationService;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.DisclosureFormat;
import org.budgetledger.core.model.MoneyUnit;
import org.budgetledger.projections.entries.PointInTime;
import org.budgetledger.projections.reconciliation.CellComparisonResult;
import org.budgetledger.projections.reconciliation.ReconciliationReport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** GET /api/budgets/{id}/reconciliation: as of the import by default, 404 without a document. */
@WithMockUser(username = "shenji", roles = "AUDITOR")
@WebMvcTest(ReconciliationController.class)
class ReconciliationControllerTest {
  @Autowired MockMvc mvc;
  @MockitoBean ReconciliationService service;

  private static ReconciliationReport report(String pointInTime) {
    return new ReconciliationReport(
        "2026-201",
        "seed.txt",
        "abc",
        DisclosureFormat.DISTRICT,
        2,
        pointInTime,
        new CellComparisonResult(List.of(), List.of()),
        List.of(),
        List.of(),
        MoneyUnit.WAN_YUAN);
  }

  @Test
  void readsTheLedgerAsOfTheImportUnlessAskedOtherwise() throws Exception {
    when(service.reconcileAsImported(BudgetId.of(2026, "201"))).thenReturn(List.of(report("导入时点")));
    mvc.perform(get("/api/budgets/2026-201/reconciliation"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].budgetId").value("2026-201"))
        .andExpect(jsonPath("$[0].pointInTime").value("导入时点"))
        .andExpect(jsonPath("$[0].unit").value("万元"))
        .andExpect(jsonPath("$[0].format").value("DISTRICT"));
  }

  @Test
  void latestReadsTheLedgerAsItStands() throws Exception {
    when(service.reconcile(BudgetId.of(2026, "201"), PointInTime.LATEST))
        .thenReturn(List.of(report("latest")));
    mvc.perform(get("/api/budgets/2026-201/reconciliation").param("latest", "true"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].pointInTime").value("latest"));
  }

  @Test
  void checksComeGroupedByFamilyFailFirstWithTheCellsProvenance() throws Exception {
    var seed =
        java.nio.file.Path.of("../seeds/2026-beijing-municipal-healthcare-security-bureau.txt");
    when(service.checks(BudgetId.of(2026, "XBB574F")))
        .thenReturn(
            List.of(
                org.budgetledger.projections.checks.DocumentChecks.standard()
                    .run(org.budgetledger.app.checks.DocumentSources.read(seed))));
    mvc.perform(get("/api/budgets/2026-XBB574F/checks"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].counts.FAIL").value(6))
        .andExpect(jsonPath("$[0].groups[0].kind").value("HIERARCHY"))
        .andExpect(jsonPath("$[0].groups[0].findings[0].status").value("FAIL"))
        .andExpect(
            jsonPath("$[0].groups[0].findings[0].provenance")
                .value(
                    "/api/budgets/2026-XBB574F/tables/expenditure-summary/cells/total/total/trace"))
        .andExpect(
            jsonPath("$[0].groups[0].findings[0].figures[0].amount").value(110_896_619_602L));
  }

  @Test
  void aBudgetWithoutAnImportedDocumentIsNotFound() throws Exception {
    when(service.reconcileAsImported(any()))
        .thenThrow(new NoSuchElementException("no document has been imported for budget 2026-9"));
    mvc.perform(get("/api/budgets/2026-9/reconciliation"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail").value("no document has been imported for budget 2026-9"));
  }
}
