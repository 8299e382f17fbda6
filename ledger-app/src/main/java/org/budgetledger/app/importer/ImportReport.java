package org.budgetledger.app.importer;

import java.util.List;
import org.budgetledger.app.importer.plan.ImportProblem;

/**
 * What an import did: IMPORTED, ALREADY_IMPORTED (same content hash: nothing new), or REJECTED
 * (nothing imported; {@code problems} say where). Counts describe what was recorded.
 */
public record ImportReport(
    Status status,
    String fileName,
    String contentHash,
    String budgetId,
    String entryId,
    int units,
    int spendingLegs,
    int incomeLegs,
    int projects,
    int indicators,
    int margins,
    List<String> notes,
    List<ImportProblem> problems,
    long millis) {

  /** The outcome of an import. */
  public enum Status {
    IMPORTED,
    ALREADY_IMPORTED,
    REJECTED
  }

  public ImportReport {
    notes = List.copyOf(notes);
    problems = List.copyOf(problems);
  }

  static ImportReport rejected(String fileName, String hash, List<ImportProblem> problems,
      long millis) {
    return new ImportReport(Status.REJECTED, fileName, hash, null, null, 0, 0, 0, 0, 0, 0,
        List.of(), problems, millis);
  }

  /** A plain-text rendering for the command line. */
  public String toText() {
    StringBuilder out = new StringBuilder();
    out.append(switch (status) {
      case IMPORTED -> "导入成功 IMPORTED ";
      case ALREADY_IMPORTED -> "已导入过 ALREADY_IMPORTED (same content, nothing new) ";
      case REJECTED -> "导入失败 REJECTED (nothing imported) ";
    }).append(fileName).append('\n');
    if (budgetId != null) {
      out.append("  budget ").append(budgetId).append(", entry ").append(entryId).append('\n');
    }
    if (status == Status.IMPORTED) {
      out.append(String.format("  %d units, %d spending legs, %d income legs, %d projects with %d"
          + " indicators, %d published figures as margins, %d ms%n", units, spendingLegs,
          incomeLegs, projects, indicators, margins, millis));
    }
    notes.forEach(n -> out.append("  note: ").append(n).append('\n'));
    problems.forEach(p -> out.append("  problem: ").append(p).append('\n'));
    return out.toString();
  }
}
