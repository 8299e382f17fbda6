package org.budgetledger.projections.checks;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The findings on one document, sorted by status (FAIL first), then family, then place; with the
 * time the checks took, for the benchmark.
 */
public record CheckReport(
    String document, int year, DocumentScope scope, List<Finding> findings, long elapsedMicros) {
  public CheckReport {
    findings =
        findings.stream()
            .sorted(
                Comparator.comparing(Finding::status)
                    .thenComparing(Finding::kind)
                    .thenComparingInt(f -> f.place().lineNo()))
            .toList();
  }

  public long count(CheckStatus status) {
    return findings.stream().filter(f -> f.status() == status).count();
  }

  /** How many findings of each status each family made. */
  public Map<CheckKind, Map<CheckStatus, Long>> countsByKind() {
    Map<CheckKind, Map<CheckStatus, Long>> counts = new EnumMap<>(CheckKind.class);
    for (Finding f : findings) {
      counts
          .computeIfAbsent(f.kind(), k -> new EnumMap<>(CheckStatus.class))
          .merge(f.status(), 1L, Long::sum);
    }
    return counts;
  }

  /** One line: document, year, scope and the count of each status. */
  public String summaryLine() {
    return document
        + "  "
        + year
        + " "
        + scope.title()
        + "  不符 "
        + count(CheckStatus.FAIL)
        + "  提示 "
        + count(CheckStatus.WARN)
        + "  舍入差异 "
        + count(CheckStatus.ROUNDING)
        + "  相符 "
        + count(CheckStatus.PASS);
  }
}
