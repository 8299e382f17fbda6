package org.budgetledger.projections.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.budgetledger.core.model.BasicAllocation;
import org.budgetledger.core.model.DisclosureFormat;
import org.budgetledger.core.model.ExpenditureKind;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.TableRow;
import org.budgetledger.projections.tables.ViewFixture;
import org.budgetledger.projections.tables.basicexpendituresummary.BasicExpenditureSummaryBuilder;
import org.junit.jupiter.api.Test;

/**
 * 基本支出总表 where the lines sit on one unnamed unit and the units' basic money is recorded as the
 * table printed it: the unit rows are the allocations, the 合计 the lines', and rule 6 holds the one
 * to the other, so a unit figure printed wrong is a FAIL naming the column.
 */
class AllocatedBasicSummaryTest {
  @Test
  void unitRowsAreTheAllocationsAndAddUpToTheLines() {
    DisclosureTable table = build("40.00");

    assertThat(table.rows())
        .extracting(TableRow::key)
        .containsExactly("total", "101", "101|301", "101|302", "102", "102|301");
    assertThat(amount(table, "101", "total")).isEqualTo(Fen.parseWan("80.00"));
    assertThat(amount(table, "101", "fiscal")).isEqualTo(Fen.parseWan("60.00"));
    assertThat(amount(table, "101", "other")).isEqualTo(Fen.parseWan("20.00"));
    assertThat(amount(table, "101|302", "generalBudget")).isEqualTo(Fen.ZERO);
    assertThat(amount(table, "total", "total")).isEqualTo(Fen.parseWan("120.00"));
    assertThat(unitsToTotal(table))
        .hasSize(7)
        .allSatisfy(r -> assertThat(r.status()).isEqualTo(RuleStatus.PASS));
  }

  @Test
  void aUnitFigureThatMissesTheLinesIsAFinding() {
    List<RuleCheck> checks = unitsToTotal(build("41.00"));

    assertThat(checks)
        .filteredOn(r -> r.status() == RuleStatus.FAIL)
        .extracting(RuleCheck::statement)
        .containsExactlyInAnyOrder(
            "基本支出总表 各单位之和 = 合计行（总计）", "基本支出总表 各单位之和 = 合计行（财政拨款合计）", "基本支出总表 各单位之和 = 合计行（一般公共预算）");
  }

  /** Lines of 120.00 on unit 001; unit 102's 工资福利支出 printed as {@code printed}. */
  private static DisclosureTable build(String printed) {
    BudgetView view =
        new ViewFixture()
            .unit("001", "本部门")
            .line("001", "2011101", "50101", "30101", ExpenditureKind.BASIC_PERSONNEL, "100.00")
            .line(
                "001",
                "2011101",
                "50201",
                "30201",
                ExpenditureKind.BASIC_PUBLIC,
                null,
                FundSource.NON_FISCAL,
                "20.00")
            .basicAllocation(allocation("101", "301", FundSource.GENERAL_BUDGET, "60.00"))
            .basicAllocation(allocation("101", "302", FundSource.NON_FISCAL, "20.00"))
            .basicAllocation(allocation("102", "301", FundSource.GENERAL_BUDGET, printed))
            .build("201", "广州市某局", DisclosureFormat.MUNICIPAL, 2);
    return new BasicExpenditureSummaryBuilder().build(view);
  }

  private static BasicAllocation allocation(
      String unit, String cls, FundSource source, String wan) {
    return new BasicAllocation(unit, "单位" + unit, cls, source, Fen.parseWan(wan));
  }

  private static List<RuleCheck> unitsToTotal(DisclosureTable table) {
    return ReconciliationRules.check(SmallTables.rebuilt(table)).stream()
        .filter(r -> r.statement().startsWith("基本支出总表 各单位之和"))
        .toList();
  }

  private static Fen amount(DisclosureTable table, String row, String column) {
    return table.row(row).orElseThrow().cell(column).orElseThrow().amount();
  }
}
