package org.budgetledger.app.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.budgetledger.app.checks.CheckReportView;
import org.budgetledger.app.checks.ReconciliationWithChecks;
import org.budgetledger.app.reconciliation.ReconciliationService;
import org.budgetledger.app.request.Instants;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.projections.checks.CheckReport;
import org.budgetledger.projections.checks.FindingsText;
import org.budgetledger.projections.entries.PointInTime;
import org.budgetledger.projections.reconciliation.ReconciliationReport;
import org.budgetledger.projections.reconciliation.ReportText;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./ledger reconcile DEPT YEAR}: each imported document of the budget against the ledger, as
 * of the import unless a point in time is given; then the auditor's checks on each document (issue
 * 12), findings grouped by family, FAIL first.
 */
@Component
@Command(
    name = "reconcile",
    mixinStandardHelpOptions = true,
    description = "Reconcile the imported disclosure documents with the ledger (勾稽核对).")
public class ReconcileCommand implements LedgerSubcommand {
  private final ReconciliationService service;
  private final JsonMapper json;

  @Parameters(index = "0", description = "Department code, e.g. 201.")
  String department;

  @Parameters(index = "1", description = "Fiscal year, e.g. 2026.")
  int year;

  @Option(names = "--json", description = "Print the reports as JSON.")
  boolean asJson;

  @Option(
      names = "--as-of",
      description =
          "What the ledger had recorded by then "
              + "(2026-07-01 or 2026-07-01T00:00:00+08:00). Default: as of the import.")
  String asOf;

  @Option(names = "--effective", description = "The budget in force on this date.")
  LocalDate effective;

  @Option(names = "--latest", description = "Read the ledger as it stands now.")
  boolean latest;

  public ReconcileCommand(ReconciliationService service, JsonMapper json) {
    this.service = service;
    this.json = json;
  }

  @Override
  public Integer call() {
    BudgetId id = BudgetId.of(year, department);
    List<ReconciliationReport> reports;
    List<CheckReport> checks;
    try {
      reports =
          latest || asOf != null || effective != null
              ? service.reconcile(
                  id, new PointInTime(asOf == null ? null : Instants.parse(asOf), effective))
              : service.reconcileAsImported(id);
      checks = service.checks(id);
    } catch (NoSuchElementException e) {
      System.err.println(e.getMessage());
      return 1;
    }
    if (asJson) {
      List<ReconciliationWithChecks> both = new ArrayList<>();
      for (int i = 0; i < reports.size(); i++) {
        both.add(
            new ReconciliationWithChecks(
                reports.get(i), CheckReportView.of(checks.get(i), id.toString())));
      }
      System.out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(both));
    } else {
      for (int i = 0; i < reports.size(); i++) {
        System.out.println(ReportText.render(reports.get(i)));
        System.out.println("四、" + FindingsText.render(checks.get(i), false));
      }
    }
    return 0;
  }
}
