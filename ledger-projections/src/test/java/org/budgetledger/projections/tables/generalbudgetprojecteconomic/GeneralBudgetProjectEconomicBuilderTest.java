package org.budgetledger.projections.tables.generalbudgetprojecteconomic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetledger.projections.tables.TableAssertions.amount;
import static org.budgetledger.projections.tables.TableAssertions.wan;

import org.budgetledger.projections.tables.CodeLabels;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.SeedViews;
import org.budgetledger.projections.tables.TableRow;
import org.junit.jupiter.api.Test;

class GeneralBudgetProjectEconomicBuilderTest {
  private final DisclosureTable district =
      new GeneralBudgetProjectEconomicBuilder().build(SeedViews.district());
  private final DisclosureTable municipal =
      new GeneralBudgetProjectEconomicBuilder().build(SeedViews.municipal());

  @Test
  void sumsProjectSpendingByDepartmentEconomicCodeOverUnitsAndFunctions() {
    // 30307 医疗费补助: 39,449.00 (201001, 2101199) + 442.00 (201002, 2109999)
    assertThat(amount(district, "30307", "total")).isEqualTo(wan("39891"));
    assertThat(amount(district, "30227", "total")).isEqualTo(wan("4"));
    // basic money on a code is not project money: 30216 培训费 holds 20.00 of 基本支出 beside it
    assertThat(amount(municipal, "30216", "total")).isEqualTo(wan("81.81238"));
    assertThat(amount(municipal, "3021202", "total")).isEqualTo(wan("50.3326"));
  }

  @Test
  void projectMoneyWithoutACodeIsARowOfItsOwnAndTheTotalHoldsIt() {
    assertThat(district.rows())
        .extracting(TableRow::key)
        .containsExactly("-", "30227", "30307", "total");
    assertThat(district.row("-").orElseThrow().cells().get(0).text())
        .isEqualTo(CodeLabels.UNDETAILED);
    assertThat(amount(district, "-", "total")).isEqualTo(wan("12.345678"));
    // 4.00 + 39,891.00 + 12.345678
    assertThat(amount(district, "total", "total")).isEqualTo(wan("39907.345678"));
    assertThat(amount(municipal, "total", "total"))
        .isEqualTo(
            wan("8935")
                .plus(wan("81.81238"))
                .plus(wan("50.3326"))
                .plus(wan("18.69"))
                .plus(wan("81779")));
  }
}
