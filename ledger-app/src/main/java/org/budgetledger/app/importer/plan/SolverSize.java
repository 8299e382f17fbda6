package org.budgetledger.app.importer.plan;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.budgetledger.app.importer.input.ImportLimits;
import org.budgetledger.app.importer.problem.ProblemKind;
import org.budgetledger.core.model.ExpenditureKind;

/**
 * Bounds the reconstruction's size before anything of that size is allocated ({@link
 * ImportLimits}): the reader's limits bound a document's rows and codes, not their product, and a
 * PDF printing thousands of rows and codes would make millions of unknowns and a simplex tableau
 * beyond any heap. Each check refuses the import naming the tables the size comes from; nothing is
 * written, as for any refusal of the planner.
 */
final class SolverSize {
  private SolverSize() {}

  /**
   * {@code total} unknowns once a row's cells are added: refused past the limit at that row, naming
   * the tables whose rows, units and codes multiply into them.
   */
  static void admitUnknowns(long total, String fileName, int lineNo, String field, String tables) {
    if (total > ImportLimits.MAX_UNKNOWNS) {
      throw new ImportRejectedException(
          List.of(
              new ImportProblem(
                  fileName,
                  lineNo,
                  field,
                  ProblemKind.TOO_MANY_UNKNOWNS,
                  tables,
                  total,
                  ImportLimits.MAX_UNKNOWNS)));
    }
  }

  /** What multiplies into a row's unknowns, as a refusal names it. */
  static String sources(ExpenditureKind kind, boolean byCode, boolean otherFunds) {
    StringBuilder tables = new StringBuilder("支出总表各行 × 一般公共预算支出表所列单位");
    if (byCode) {
      tables
          .append(" × ")
          .append(kind.isBasic() ? "一般公共预算基本支出表" : "一般公共预算项目支出表（按经济分类科目）")
          .append("所列经济分类");
    }
    if (otherFunds) {
      tables.append(" + 收入总表所列其他资金来源的单位");
    }
    return tables.toString();
  }

  /**
   * {@code margins} margins naming cells {@code terms} times, {@code byTable} the margins counted
   * by the table printing them: refused past either limit, before the next margin is collected.
   */
  static void admitMargins(
      int margins, long terms, String fileName, int lineNo, Map<String, Integer> byTable) {
    if (margins > ImportLimits.MAX_MARGINS || terms > ImportLimits.MAX_MARGIN_TERMS) {
      throw new ImportRejectedException(
          List.of(
              new ImportProblem(
                  fileName,
                  lineNo,
                  "文件",
                  ProblemKind.TOO_MANY_MARGINS,
                  margins,
                  terms,
                  ImportLimits.MAX_MARGINS,
                  ImportLimits.MAX_MARGIN_TERMS,
                  largest(byTable))));
    }
  }

  /**
   * The simplex tableau of {@code unknowns} and {@code margins} ({@link
   * ImportLimits#MAX_LP_ENTRIES}): refused before the solver builds it.
   */
  static void admitLp(int unknowns, int margins, String fileName, Map<String, Integer> byTable) {
    long entries = lpEntries(unknowns, margins);
    if (entries > ImportLimits.MAX_LP_ENTRIES) {
      throw new ImportRejectedException(
          List.of(
              new ImportProblem(
                  fileName,
                  0,
                  "文件",
                  ProblemKind.SOLVER_TOO_LARGE,
                  margins,
                  unknowns,
                  entries,
                  ImportLimits.MAX_LP_ENTRIES,
                  largest(byTable))));
    }
  }

  /**
   * Rows × columns of the larger of the solver's LPs: a row per margin, and per cell a rise and a
   * fall (closest to the estimate) or per margin a stretch up and down (least stretch).
   */
  static long lpEntries(int unknowns, int margins) {
    return Math.multiplyExact((long) margins, 2L * ((long) unknowns + margins));
  }

  /** The three tables with the most margins, with their counts: where the size comes from. */
  private static String largest(Map<String, Integer> byTable) {
    return byTable.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(3)
        .map(e -> e.getKey() + " " + e.getValue() + " 个")
        .collect(Collectors.joining("，"));
  }
}
