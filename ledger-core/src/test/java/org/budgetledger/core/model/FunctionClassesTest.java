package org.budgetledger.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FunctionClassesTest {

  @Test
  void districtIncomeExpenditureSummaryListsTwentyEightClassesWithSocialInsuranceAndClearing() {
    List<FunctionClass> rows = FunctionClasses.incomeExpenditureSummary(DisclosureFormat.DISTRICT);

    assertThat(rows).hasSize(28);
    assertThat(rows.get(8)).isEqualTo(new FunctionClass("209", "社会保险基金支出"));
    assertThat(rows.get(9)).isEqualTo(new FunctionClass("210", "卫生健康支出"));
    assertThat(rows.get(19)).isEqualTo(new FunctionClass("221", "住房保障支出"));
    assertThat(rows.get(23).name()).isEqualTo("其他支出");
    assertThat(rows.get(27).name()).isEqualTo("往来性支出");
  }

  @Test
  void districtFiscalAppropriationSummaryAddsReserveTransfersAndRepayment() {
    List<String> names =
        FunctionClasses.fiscalAppropriationSummary(DisclosureFormat.DISTRICT).stream()
            .map(FunctionClass::name)
            .toList();

    assertThat(names).hasSize(31);
    assertThat(names.subList(22, 31))
        .containsExactly(
            "灾害防治及应急管理支出",
            "预备费",
            "其他支出",
            "转移性支出",
            "债务还本支出",
            "债务付息支出",
            "债务发行费用支出",
            "抗疫特别国债安排的支出",
            "往来性支出");
  }

  @Test
  void municipalTablesShareTwentySixClassesWithoutSocialInsuranceFund() {
    List<FunctionClass> summary =
        FunctionClasses.incomeExpenditureSummary(DisclosureFormat.MUNICIPAL);

    assertThat(summary)
        .hasSize(26)
        .isEqualTo(FunctionClasses.fiscalAppropriationSummary(DisclosureFormat.MUNICIPAL));
    assertThat(summary).extracting(FunctionClass::code).doesNotContain("209", "227", "299");
    assertThat(summary.get(4)).isEqualTo(new FunctionClass("205", "教育支出"));
    assertThat(summary.get(8)).isEqualTo(new FunctionClass("210", "卫生健康支出"));
    assertThat(summary.get(25).name()).isEqualTo("抗疫特别国债安排的支出");
  }

  @Test
  void printsChineseOrdinalsAsTheTablesNumberRows() {
    assertThat(FunctionClasses.ordinal(1)).isEqualTo("一");
    assertThat(FunctionClasses.ordinal(10)).isEqualTo("十");
    assertThat(FunctionClasses.ordinal(11)).isEqualTo("十一");
    assertThat(FunctionClasses.ordinal(20)).isEqualTo("二十");
    assertThat(FunctionClasses.ordinal(31)).isEqualTo("三十一");
    assertThat(FunctionClasses.numbered(10, "卫生健康支出")).isEqualTo("十、卫生健康支出");
    assertThatThrownBy(() -> FunctionClasses.ordinal(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void namesKnownClassesAndLeavesUnknownOnesEmpty() {
    assertThat(FunctionClasses.name("201")).isEqualTo("一般公共服务支出");
    assertThat(FunctionClasses.name("208")).isEqualTo("社会保障和就业支出");
    assertThat(FunctionClasses.name("218")).isEmpty();
    assertThat(FunctionClasses.all()).extracting(FunctionClass::code).isSorted();
  }
}
