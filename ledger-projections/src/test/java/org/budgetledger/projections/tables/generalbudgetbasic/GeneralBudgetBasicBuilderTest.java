package org.budgetledger.projections.tables.generalbudgetbasic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetledger.projections.tables.TableAssertions.amount;
import static org.budgetledger.projections.tables.TableAssertions.wan;

import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.SeedViews;
import org.budgetledger.projections.tables.TableRow;
import org.junit.jupiter.api.Test;

class GeneralBudgetBasicBuilderTest {
  private final DisclosureTable district =
      new GeneralBudgetBasicBuilder().build(SeedViews.district());
  private final DisclosureTable municipal =
      new GeneralBudgetBasicBuilder().build(SeedViews.municipal());

  @Test
  void sumsBasicSpendingByEconomicCodesOverUnitsAndFunctions() {
    assertThat(amount(district, "50101|30102", "personnel")).isEqualTo(wan("1124.95"));
    assertThat(amount(district, "50299|30299", "public")).isEqualTo(wan("44.08"));
    assertThat(amount(district, "total", "total")).isEqualTo(wan("1776.52"));
    assertThat(amount(district, "total", "total"))
        .isEqualTo(
            amount(district, "total", "personnel").plus(amount(district, "total", "public")));
  }

  @Test
  void districtPrintsPairsOnlyProjectsUseEmptyTheMunicipalLeavesThemOut() {
    assertThat(amount(district, "50205|30227", "total")).isEqualTo(Fen.ZERO);
    assertThat(amount(district, "50901|30307", "total")).isEqualTo(Fen.ZERO);
    assertThat(municipal.rows())
        .extracting(TableRow::key)
        .containsExactly(
            "50101|30101",
            "50201|3021101",
            "50203|30216",
            "50206|30217",
            "50208|30231",
            "50501|30101",
            "total");
    assertThat(amount(municipal, "50203|30216", "public")).isEqualTo(wan("20"));
  }
}
