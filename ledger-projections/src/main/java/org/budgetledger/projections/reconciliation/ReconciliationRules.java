package org.budgetledger.projections.reconciliation;

import java.util.ArrayList;
import java.util.List;

/**
 * The reconciliation rules (勾稽关系) of DOMAIN §5, 1-8, over one {@link TableSet}, rebuilt or
 * published alike; rule 9 (rounding) is how every check tells {@link RuleStatus#ROUNDING} from
 * {@link RuleStatus#FAIL} ({@link RuleCheck#of}). A check is made only where its tables exist; a
 * cross-table check whose premise the tables cannot show (支出总表 prints no fund source) is made only
 * when the figures prove the premise, e.g. 支出总表 合计 = 一般公共预算支出表 合计.
 */
public final class ReconciliationRules {
  private ReconciliationRules() {}

  public static List<RuleCheck> check(TableSet set) {
    Figures f = new Figures(set);
    List<RuleCheck> out = new ArrayList<>();
    SummaryRules.incomeExpenditure(f, out);
    SummaryRules.incomeSummary(f, out);
    ExpenditureRules.expenditureSummary(f, out);
    ExpenditureRules.fiscalAppropriation(f, out);
    GeneralBudgetRules.generalBudget(f, out);
    GeneralBudgetRules.basic(f, out);
    ProjectEconomicRules.check(f, out);
    BasicSummaryRules.check(f, out);
    ProjectExpenditureRules.check(f, out);
    TagAndPerformanceRules.tags(f, out);
    ThreePublicUnitRules.check(f, out);
    TagAndPerformanceRules.performance(f, out);
    // a rule adding a figure the document's family does not print has nothing to check
    return out.stream()
        .filter(
            c ->
                java.util.stream.Stream.concat(c.leftFigures().stream(), c.rightFigures().stream())
                    .noneMatch(x -> x.decimals() == Rounding.NOT_PRINTED))
        .toList();
  }
}
