package org.budgetledger.projections.checks;

import java.util.Map;

/**
 * A check report as plain text, in Chinese: the counts per family, then the findings grouped by
 * family, worst first, each with its place and figures. Passing findings are counted, and listed
 * only when asked.
 */
public final class FindingsText {
  private FindingsText() {}

  public static String render(CheckReport report, boolean withPassing) {
    StringBuilder out = new StringBuilder();
    out.append("审核发现  ").append(report.summaryLine()).append('\n');
    Map<CheckKind, Map<CheckStatus, Long>> counts = report.countsByKind();
    for (CheckKind kind : CheckKind.values()) {
      Map<CheckStatus, Long> c = counts.get(kind);
      if (c == null) {
        continue;
      }
      out.append("  ").append(kind.chinese()).append("：");
      for (CheckStatus status : CheckStatus.values()) {
        out.append(status.chinese()).append(' ').append(c.getOrDefault(status, 0L)).append("  ");
      }
      out.append('\n');
    }
    for (CheckKind kind : CheckKind.values()) {
      boolean header = false;
      for (Finding f : report.findings()) {
        if (f.kind() != kind || (!withPassing && f.status() == CheckStatus.PASS)) {
          continue;
        }
        if (!header) {
          out.append('\n').append(kind.chinese()).append('\n');
          header = true;
        }
        out.append("  [").append(f.status().chinese()).append("] ").append(f.rule());
        String place = f.place().describe();
        if (!place.isEmpty()) {
          out.append("  〔").append(place).append("〕");
        }
        out.append('\n').append("      ").append(f.message()).append('\n');
      }
    }
    return out.toString();
  }
}
