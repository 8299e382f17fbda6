package org.budgetledger.projections.tables.incomesummary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetledger.projections.tables.TableAssertions.amount;
import static org.budgetledger.projections.tables.TableAssertions.text;
import static org.budgetledger.projections.tables.TableAssertions.wan;

import org.budgetledger.projections.tables.Column;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.SeedViews;
import org.budgetledger.projections.tables.TableRow;
import org.junit.jupiter.api.Test;

class IncomeSummaryBuilderTest {
  private final DisclosureTable district = new IncomeSummaryBuilder().build(SeedViews.district());
  private final DisclosureTable municipal = new IncomeSummaryBuilder().build(SeedViews.municipal());

  @Test
  void districtListsTheDepartmentItsUnitsAndTheTotal() {
    assertThat(district.rows())
        .extracting(TableRow::key)
        .containsExactly("201", "201001", "201002", "total");
    assertThat(text(district, "201002", "name")).isEqualTo("北京市东城区医疗保险事务管理中心");
    assertThat(amount(district, "201001", "GENERAL_BUDGET")).isEqualTo(wan("39740.80"));
    assertThat(
            amount(district, "201001", "GENERAL_BUDGET")
                .plus(amount(district, "201002", "GENERAL_BUDGET")))
        .isEqualTo(amount(district, "201", "total"));
    assertThat(amount(district, "201", "total")).isEqualTo(amount(district, "total", "total"));
    assertThat(district.header().get(0).get(3).colSpan()).isEqualTo(10);
    assertThat(district.header().get(0).get(4).colSpan()).isEqualTo(6);
  }

  @Test
  void municipalPrintsOnlyTheTotalLineWithCarryOverByType() {
    assertThat(municipal.rows()).extracting(TableRow::key).containsExactly("total");
    assertThat(municipal.columns())
        .extracting(Column::key)
        .doesNotContain("code", "name")
        .startsWith("total", "currentYear", "GENERAL_BUDGET")
        .endsWith(
            "carryOver",
            "carryOver:GENERAL_BUDGET",
            "carryOver:GOVERNMENT_FUND",
            "carryOver:STATE_CAPITAL",
            "carryOver:FISCAL_SPECIAL_ACCOUNT",
            "carryOver:UNIT_FUNDS");
    assertThat(amount(municipal, "total", "carryOver:GENERAL_BUDGET")).isEqualTo(wan("508.642853"));
    assertThat(amount(municipal, "total", "total"))
        .isEqualTo(
            amount(municipal, "total", "currentYear")
                .plus(amount(municipal, "total", "carryOver")));
  }
}
