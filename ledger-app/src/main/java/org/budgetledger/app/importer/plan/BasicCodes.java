package org.budgetledger.app.importer.plan;

import java.util.List;
import org.budgetledger.app.importer.document.BasicExpenditureRow;
import org.budgetledger.app.importer.document.DisclosureDocument;
import org.budgetledger.app.importer.document.PublishedAmount;
import org.budgetledger.core.model.DeptEconomicCode;
import org.budgetledger.core.model.ExpenditureKind;

/**
 * The economic codes of 基本支出表 a function-only 支出总表 spreads its 一般公共预算 基本支出 over (Shanghai, Jiangsu,
 * Hangzhou, Yantai, Guangzhou): each printed row's 部门经济分类 code, with the 政府经济分类 code where the
 * table prints both (Yantai prints 30101 基本工资 once under 50101 and once under 50501, two lines). A
 * code belongs to the kind of the column it is printed in, as published: 杭州市公安局 prints 30399 under
 * 公用经费, which DOMAIN §2 gives to 人员经费, and the auditor's checks report that, the import does not
 * move it. A table printing one 合计 column (Guangzhou) leaves the kind to DOMAIN §2.
 */
final class BasicCodes {
  private BasicCodes() {}

  /** One 基本支出表 row's codes; {@code gov} null where the family prints 部门经济分类 only. */
  record Pair(String gov, String dept) {}

  /**
   * The code pairs printed with money in {@code kind}; none when 支出总表 prints economic codes itself
   * (Beijing: its rows are the lines, 基本支出表 their sums).
   */
  static List<Pair> printedIn(DisclosureDocument doc, ExpenditureKind kind) {
    if (doc.generalBudgetBasic() == null
        || doc.expenditureSummary().rows().stream().anyMatch(r -> r.deptEconomic() != null)) {
      return List.of();
    }
    return doc.generalBudgetBasic().rows().stream()
        .filter(r -> r.deptEconomic() != null && r.deptEconomic().code().length() >= 5)
        .filter(r -> holds(r, kind))
        .map(
            r ->
                new Pair(
                    r.govEconomic() == null ? null : r.govEconomic().code(),
                    r.deptEconomic().code()))
        .distinct()
        .toList();
  }

  private static boolean holds(BasicExpenditureRow r, ExpenditureKind kind) {
    boolean byColumn =
        PublishedAmount.printed(r.personnel()) || PublishedAmount.printed(r.publicOperating());
    if (!byColumn) {
      return DeptEconomicCode.of(r.deptEconomic().code()).basicKind() == kind;
    }
    return LineGrid.present(
        kind == ExpenditureKind.BASIC_PERSONNEL ? r.personnel() : r.publicOperating());
  }
}
