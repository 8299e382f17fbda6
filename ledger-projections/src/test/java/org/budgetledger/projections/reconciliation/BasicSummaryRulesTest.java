package org.budgetledger.projections.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetledger.core.model.ExpenditureKind.BASIC_PERSONNEL;
import static org.budgetledger.core.model.ExpenditureKind.BASIC_PUBLIC;

import java.util.List;
import java.util.Map;
import org.budgetledger.core.model.DeptEconomicCode;
import org.budgetledger.core.model.DisclosureFormat;
import org.budgetledger.core.model.EconomicAllocation;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.ViewFixture;
import org.budgetledger.projections.tables.basicexpendituresummary.BasicExpenditureSummaryBuilder;
import org.junit.jupiter.api.Test;

/**
 * A unit's 类 and 款 rows recorded as a 基本支出总表 printed them: the rebuilt rows are those figures, the
 * unit's row its lines, and rule 6 says whether the printed split adds up to the unit's money.
 */
class BasicSummaryRulesTest {
  private static final String UNIT = "sz001";

  @Test
  void aSplitThatAddsUpToTheUnitsLinesPasses() {
    DisclosureTable table = table(allocations("9523.28", "1847.59", "3027.77"));

    assertThat(table.cell(UNIT + "|301", "generalBudget").orElseThrow().amount())
        .isEqualTo(Fen.parseWan("9523.28"));
    assertThat(table.cell(UNIT + "|30101", "generalBudget").orElseThrow().amount())
        .isEqualTo(Fen.parseWan("1847.59"));
    // no source but 一般公共预算 printed: the other fund columns are empty
    assertThat(table.cell(UNIT + "|302", "governmentFund").orElseThrow().amount().isZero())
        .isTrue();
    assertThat(rule(table, "单位行")).extracting(RuleCheck::status).containsOnly(RuleStatus.PASS);
  }

  @Test
  void aClassPrintedOffTheUnitsMoneyIsAFinding() {
    // 302 printed 10.00 万元 above what the unit's lines hold
    DisclosureTable table = table(allocations("9523.28", "1847.59", "3037.77"));

    assertThat(rule(table, "单位行"))
        .filteredOn(c -> c.status() == RuleStatus.FAIL)
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c.difference()).isEqualTo(Fen.parseWan("-10.00")));
  }

  private static List<EconomicAllocation> allocations(String c301, String c30101, String c302) {
    return List.of(
        allocation("301", c301),
        allocation("30101", c30101),
        allocation(
            "30102", Fen.parseWan(c301).minus(Fen.parseWan(c30101)).toWan(2).toPlainString()),
        allocation("302", c302));
  }

  private static EconomicAllocation allocation(String code, String wan) {
    return new EconomicAllocation(
        UNIT, DeptEconomicCode.of(code), false, FundSource.GENERAL_BUDGET, Fen.parseWan(wan));
  }

  private static DisclosureTable table(List<EconomicAllocation> allocations) {
    ViewFixture fixture =
        new ViewFixture()
            .unit(UNIT, "示例单位")
            .names(Map.of(), Map.of(), Map.of("301", "工资福利支出", "302", "商品和服务支出"))
            .line(UNIT, "2080101", null, null, BASIC_PERSONNEL, "9523.28")
            .line(UNIT, "2080101", null, null, BASIC_PUBLIC, "3027.77");
    allocations.forEach(fixture::allocation);
    BudgetView view = fixture.build("sz", "示例部门", DisclosureFormat.MUNICIPAL, 2);
    return new BasicExpenditureSummaryBuilder().build(view);
  }

  private static List<RuleCheck> rule(DisclosureTable table, String statement) {
    BudgetView view =
        new ViewFixture().unit(UNIT, "示例单位").build("sz", "示例部门", DisclosureFormat.MUNICIPAL, 2);
    return ReconciliationRules.check(TableSet.rebuilt(view, List.of(table))).stream()
        .filter(c -> c.statement().contains(statement))
        .toList();
  }
}
