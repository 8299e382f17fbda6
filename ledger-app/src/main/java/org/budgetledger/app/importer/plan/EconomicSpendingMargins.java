package org.budgetledger.app.importer.plan;

import java.util.function.Predicate;
import org.budgetledger.app.importer.document.BasicExpenditureRow;
import org.budgetledger.app.importer.document.DisclosureDocument;
import org.budgetledger.app.importer.document.EconomicSpendingRow;

/**
 * The table of every kind by economic code (预算21表, Xi'an's 表6) as margins, where the project lines
 * carry its code pairs ({@link ProjectCodes}): each row's 项目支出 over the 一般公共预算 project cells of its
 * 政府 and 部门 code, and its 合计 over every 一般公共预算 cell of the pair. Its 人员经费 and 公用经费 are those of
 * 基本支出表, margins there already.
 */
final class EconomicSpendingMargins {
  private static final String TABLE = "一般公共预算支出表（按经济分类科目）";

  private EconomicSpendingMargins() {}

  static void collect(DisclosureDocument doc, PlanMargins m) {
    if (doc.generalBudgetEconomic() == null || !m.hasCells(LineCell::projectCode)) {
      return;
    }
    var spread = ProjectCodes.printed(doc);
    for (EconomicSpendingRow r : doc.generalBudgetEconomic().rows()) {
      BasicExpenditureRow codes = r.codes();
      if (codes.govEconomic() == null || codes.deptEconomic() == null) {
        continue;
      }
      String g = codes.govEconomic().code();
      String d = codes.deptEconomic().code();
      if (!spread.contains(new BasicCodes.Pair(g, d))) {
        // no project line carries the pair: the reconciliation reports its figure, no margin
        continue;
      }
      Predicate<LineCell> at =
          c -> c.general() && !c.gap() && g.equals(c.gov()) && d.equals(c.dept());
      String id = "t21:" + codes.lineNo() + ":";
      m.add(
          id + "project",
          TABLE,
          "项目支出 " + g + "|" + d,
          r.project(),
          codes.lineNo(),
          c -> at.test(c) && c.kind().isProject());
      m.add(id + "total", TABLE, "合计 " + g + "|" + d, codes.total(), codes.lineNo(), at);
    }
  }
}
