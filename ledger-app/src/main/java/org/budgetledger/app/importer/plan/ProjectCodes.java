package org.budgetledger.app.importer.plan;

import java.util.List;
import org.budgetledger.app.importer.document.DisclosureDocument;
import org.budgetledger.app.importer.document.GeneralBudgetProjectEconomic;
import org.budgetledger.app.importer.document.ProjectEconomicRow;
import org.budgetledger.core.model.Fen;

/**
 * The 部门经济分类 codes a function-only 支出总表 spreads its 一般公共预算 项目支出 over, where the family prints a
 * 项目支出 table by economic code (Guangzhou's 表7): each printed row with money, as {@link BasicCodes}
 * does for 基本支出. None when 支出总表 prints economic codes itself (its rows are the lines), and none
 * when the table's rows do not add up to its 合计 within their rounding: no code could then be said
 * to hold the rest, and the reconciliation reports the table as printed.
 */
final class ProjectCodes {
  private ProjectCodes() {}

  static List<BasicCodes.Pair> printed(DisclosureDocument doc) {
    GeneralBudgetProjectEconomic table = doc.generalBudgetProjectEconomic();
    if (table == null
        || doc.expenditureSummary().rows().stream().anyMatch(r -> r.deptEconomic() != null)) {
      return List.of();
    }
    List<ProjectEconomicRow> rows =
        table.rows().stream()
            .filter(r -> r.deptEconomic().code().length() >= 5)
            .filter(r -> LineGrid.present(r.total()))
            .toList();
    if (rows.isEmpty() || !addsUp(table, rows)) {
      return List.of();
    }
    List<BasicCodes.Pair> paired = pairedCodes(doc);
    if (!paired.isEmpty()) {
      return paired;
    }
    return rows.stream()
        .map(r -> new BasicCodes.Pair(null, r.deptEconomic().code()))
        .distinct()
        .toList();
  }

  /**
   * The 政府 and 部门 code pairs printed with 项目支出 in the table of every kind by economic code (Xi'an's
   * 表6 prints 30201 办公费 under 50201 and under 50502, each with its 项目支出), so that a project line
   * spread over the codes keeps both, as 基本支出 does ({@link BasicCodes}); none where that table is
   * not printed.
   */
  private static List<BasicCodes.Pair> pairedCodes(DisclosureDocument doc) {
    if (doc.generalBudgetEconomic() == null) {
      return List.of();
    }
    return doc.generalBudgetEconomic().rows().stream()
        .filter(r -> r.codes().govEconomic() != null && r.codes().deptEconomic() != null)
        .filter(r -> r.codes().deptEconomic().code().length() >= 5)
        .filter(r -> LineGrid.present(r.project()))
        .map(
            r ->
                new BasicCodes.Pair(
                    r.codes().govEconomic().code(), r.codes().deptEconomic().code()))
        .distinct()
        .toList();
  }

  /** The rows sum to the 合计 within half a printed unit per figure (DOMAIN §5.9). */
  private static boolean addsUp(GeneralBudgetProjectEconomic table, List<ProjectEconomicRow> rows) {
    if (table.total() == null || !LineGrid.present(table.total().total())) {
      return true;
    }
    long sum = rows.stream().mapToLong(r -> r.total().value().value()).sum();
    int decimals = table.total().total().decimals();
    long half = decimals >= 6 ? 0 : Fen.displayUnitFen(decimals) / 2;
    return Math.abs(table.total().total().value().value() - sum) <= half * (rows.size() + 1);
  }
}
