package org.budgetledger.projections.reconciliation;

import static org.budgetledger.projections.tables.TableKind.GENERAL_BUDGET_EXPENDITURE;
import static org.budgetledger.projections.tables.TableKind.GENERAL_BUDGET_PROJECT_ECONOMIC;

import java.util.List;

/**
 * Rule 5 of DOMAIN §5 for a family's 一般公共预算项目支出表 by economic code (Guangzhou's 表7): its code rows
 * add up to its 合计, and that is the 项目支出 of 一般公共预算支出表's 合计 row. Not run where the document does not
 * print the table.
 */
final class ProjectEconomicRules {
  private ProjectEconomicRules() {}

  static void check(Figures f, List<RuleCheck> out) {
    if (!f.has(GENERAL_BUDGET_PROJECT_ECONOMIC)) {
      return;
    }
    var t = GENERAL_BUDGET_PROJECT_ECONOMIC;
    out.add(
        RuleCheck.of(
            5,
            "一般公共预算项目支出表（按经济分类） 各行之和 = 合计行",
            List.of(f.of(t, "total", "total")),
            f.column(t, f.details(t), "total")));
    if (f.has(GENERAL_BUDGET_EXPENDITURE)) {
      out.add(
          RuleCheck.of(
              5,
              "一般公共预算项目支出表（按经济分类） 合计行 = 一般公共预算支出表 合计行（project）",
              List.of(f.of(t, "total", "total")),
              List.of(f.of(GENERAL_BUDGET_EXPENDITURE, "total", "project"))));
    }
  }
}
