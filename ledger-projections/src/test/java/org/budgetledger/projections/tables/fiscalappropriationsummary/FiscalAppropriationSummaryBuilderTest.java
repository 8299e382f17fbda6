package org.budgetledger.projections.tables.fiscalappropriationsummary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetledger.projections.tables.TableAssertions.amount;
import static org.budgetledger.projections.tables.TableAssertions.text;
import static org.budgetledger.projections.tables.TableAssertions.wan;

import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.SeedViews;
import org.budgetledger.projections.tables.TableRow;
import org.budgetledger.projections.tables.incomeexpendituresummary.IncomeExpenditureSummaryBuilder;
import org.junit.jupiter.api.Test;

class FiscalAppropriationSummaryBuilderTest {
  private final DisclosureTable district =
      new FiscalAppropriationSummaryBuilder().build(SeedViews.district());
  private final DisclosureTable municipal =
      new FiscalAppropriationSummaryBuilder().build(SeedViews.municipal());

  @Test
  void districtPrintsThirtyOneClassesUnderItsCurrentYearHeading() {
    assertThat(district.rows().stream().filter(r -> r.key().startsWith("spending:"))).hasSize(31);
    assertThat(district.rows())
        .extracting(TableRow::key)
        .startsWith(
            "totals:currentYear",
            "income:GENERAL_BUDGET",
            "income:GOVERNMENT_FUND",
            "income:STATE_CAPITAL",
            "spending:201");
    assertThat(text(district, "totals:currentYear", "incomeItem")).isEqualTo("一、本年收入");
    assertThat(text(district, "income:GENERAL_BUDGET", "incomeItem")).isEqualTo("（一）一般公共预算资金");
    assertThat(text(district, "spending:227", "spendingItem")).isEqualTo("二十四、预备费");
    assertThat(text(district, "carryOver:STATE_CAPITAL", "incomeItem")).isEqualTo("（三）国有资本经营预算拨款");
    assertThat(district.number()).isEqualTo("预算05表");
    assertThat(district.title()).isEqualTo("2026年部门（单位）财政拨款收支预算总表");
  }

  @Test
  void municipalPrintsTwentySixClassesThenTheTotalsAndCarryOverBySource() {
    assertThat(municipal.rows().stream().filter(r -> r.key().startsWith("spending:"))).hasSize(26);
    assertThat(municipal.rows())
        .extracting(TableRow::key)
        .endsWith(
            "spending:234",
            "totals:currentYear",
            "totals:carryOver",
            "carryOver:GENERAL_BUDGET",
            "carryOver:GOVERNMENT_FUND",
            "carryOver:STATE_CAPITAL",
            "totals:grand");
    assertThat(amount(municipal, "carryOver:GENERAL_BUDGET", "income"))
        .isEqualTo(wan("508.642853"));
    assertThat(text(municipal, "income:GENERAL_BUDGET", "incomeItem")).isEqualTo("一、一般公共预算资金");
    assertThat(municipal.number()).isEqualTo("预算04表");
  }

  @Test
  void equalsTheFiscalPartOfTheIncomeExpenditureSummary() {
    DisclosureTable summary = new IncomeExpenditureSummaryBuilder().build(SeedViews.municipal());

    assertThat(amount(municipal, "totals:grand", "spending"))
        .isEqualTo(amount(summary, "totals:grand", "spending"));
    assertThat(amount(municipal, "spending:210", "spending"))
        .isEqualTo(amount(summary, "spending:210", "spending"));
    assertThat(amount(municipal, "totals:grand", "income"))
        .isEqualTo(amount(municipal, "totals:grand", "spending"));
  }
}
