package org.budgetledger.app.importer;

import java.util.List;
import org.budgetledger.app.importer.pdfdocument.TableFigures;
import org.budgetledger.app.importer.plan.ImportProblem;
import org.budgetledger.app.importer.problem.ProblemKind;

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
    long millis,
    List<String> reconciliationFailures,
    List<TableFigures> printedFigures) {

  /** The outcome of an import. */
  public enum Status {
    IMPORTED,
    ALREADY_IMPORTED,
    REJECTED
  }

  public ImportReport {
    notes = List.copyOf(notes);
    problems = List.copyOf(problems);
    reconciliationFailures =
        reconciliationFailures == null ? List.of() : List.copyOf(reconciliationFailures);
    printedFigures = printedFigures == null ? List.of() : List.copyOf(printedFigures);
  }

  public ImportReport(
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
    this(
        status,
        fileName,
        contentHash,
        budgetId,
        entryId,
        units,
        spendingLegs,
        incomeLegs,
        projects,
        indicators,
        margins,
        notes,
        problems,
        millis,
        List.of(),
        List.of());
  }

  /**
   * The report with what reconciling the imported document found beyond rounding (rules that FAIL,
   * cells that do not match), so that a typo in the published figures is seen at once.
   */
  public ImportReport withReconciliation(List<String> failures, List<String> moreNotes) {
    List<String> allNotes = new java.util.ArrayList<>(notes);
    allNotes.addAll(moreNotes);
    return new ImportReport(
        status,
        fileName,
        contentHash,
        budgetId,
        entryId,
        units,
        spendingLegs,
        incomeLegs,
        projects,
        indicators,
        margins,
        allNotes,
        problems,
        millis,
        failures,
        printedFigures);
  }

  /** 导入成功, 导入成功，勾稽不一致 3 处, 已导入过 or 导入失败. */
  @com.fasterxml.jackson.annotation.JsonProperty("headline")
  public String headline() {
    return switch (status) {
      case IMPORTED ->
          reconciliationFailures.isEmpty()
              ? "导入成功"
              : "导入成功，勾稽不一致 " + reconciliationFailures.size() + " 处";
      case ALREADY_IMPORTED -> "已导入过";
      case REJECTED -> "导入失败";
    };
  }

  /**
   * For a refused document, the first problem's stable kind (REST {@code kind}), as a problem+json
   * body names it; null otherwise.
   */
  @com.fasterxml.jackson.annotation.JsonProperty("kind")
  public String kind() {
    return problems.isEmpty() ? null : problems.get(0).kind();
  }

  /** In Chinese, what happened: 导入失败：3 个问题，未导入任何内容 — 第 112 行，…：…. */
  @com.fasterxml.jackson.annotation.JsonProperty("detail")
  public String detail() {
    if (status != Status.REJECTED || problems.isEmpty()) {
      return headline();
    }
    return "导入失败："
        + problems.size()
        + " 个问题，未导入任何内容。"
        + problems.get(0).detail()
        + (problems.size() > 1 ? "……" : "");
  }

  static ImportReport rejected(
      String fileName, String hash, List<ImportProblem> problems, long millis) {
    return new ImportReport(
        Status.REJECTED, fileName, hash, null, null, 0, 0, 0, 0, 0, 0, List.of(), problems, millis);
  }

  /** A file refused before it was read (a folder that cannot be listed): nothing imported. */
  public static ImportReport refused(ImportProblem problem) {
    return rejected(problem.fileName(), null, List.of(problem), 0);
  }

  /** A file that failed for a reason outside the document (e.g. the database): nothing imported. */
  public static ImportReport failed(String fileName, RuntimeException e) {
    return rejected(
        fileName,
        null,
        List.of(
            new ImportProblem(
                fileName,
                0,
                "导入",
                ProblemKind.IMPORT_FAILED,
                e.getClass().getSimpleName() + ": " + e.getMessage())),
        0);
  }

  /** A plain-text rendering for the command line. */
  public String toText() {
    StringBuilder out = new StringBuilder();
    out.append(
            switch (status) {
              case IMPORTED -> headline() + " IMPORTED ";
              case ALREADY_IMPORTED -> "已导入过 ALREADY_IMPORTED (same content, nothing new) ";
              case REJECTED -> "导入失败 REJECTED (nothing imported) ";
            })
        .append(fileName)
        .append('\n');
    if (budgetId != null) {
      out.append("  budget ").append(budgetId).append(", entry ").append(entryId).append('\n');
    }
    if (status == Status.IMPORTED) {
      out.append(
          String.format(
              "  %d units, %d spending legs, %d income legs, %d projects with %d"
                  + " indicators, %d published figures as margins, %d ms%n",
              units, spendingLegs, incomeLegs, projects, indicators, margins, millis));
    }
    notes.forEach(n -> out.append("  note: ").append(n).append('\n'));
    problems.forEach(
        p ->
            out.append("  问题 ")
                .append(p.kind())
                .append(": ")
                .append(p.fileName())
                .append(' ')
                .append(p.detail())
                .append("\n    problem: ")
                .append(p)
                .append('\n'));
    reconciliationFailures.forEach(f -> out.append("  勾稽不一致: ").append(f).append('\n'));
    return out.toString();
  }
}
