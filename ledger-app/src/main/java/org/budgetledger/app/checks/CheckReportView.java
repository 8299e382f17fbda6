package org.budgetledger.app.checks;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.budgetledger.projections.checks.CheckKind;
import org.budgetledger.projections.checks.CheckReport;
import org.budgetledger.projections.checks.CheckStatus;
import org.budgetledger.projections.checks.Finding;

/**
 * The checks of one document as REST and {@code --json} give them: counts, then the findings
 * grouped by family (表内合计与层级 … 格式与用语), FAIL first within each family.
 */
public record CheckReportView(
    String document,
    int year,
    String scope,
    Map<CheckStatus, Long> counts,
    long elapsedMicros,
    List<Group> groups) {

  /** One family's findings. */
  public record Group(
      CheckKind kind, String chinese, Map<CheckStatus, Long> counts, List<FindingView> findings) {}

  /** {@code budgetId} null for a document not in the ledger: no provenance links then. */
  public static CheckReportView of(CheckReport report, String budgetId) {
    List<Group> groups = new ArrayList<>();
    for (CheckKind kind : CheckKind.values()) {
      List<Finding> findings = report.findings().stream().filter(f -> f.kind() == kind).toList();
      if (!findings.isEmpty()) {
        groups.add(
            new Group(
                kind,
                kind.chinese(),
                counts(findings),
                findings.stream().map(f -> FindingView.of(f, budgetId)).toList()));
      }
    }
    return new CheckReportView(
        report.document(),
        report.year(),
        report.scope().title(),
        counts(report.findings()),
        report.elapsedMicros(),
        groups);
  }

  private static Map<CheckStatus, Long> counts(List<Finding> findings) {
    Map<CheckStatus, Long> counts = new EnumMap<>(CheckStatus.class);
    for (CheckStatus status : CheckStatus.values()) {
      counts.put(status, findings.stream().filter(f -> f.status() == status).count());
    }
    return counts;
  }
}
