package org.budgetledger.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ClassificationCodesTest {
  @Test
  void functionCodeKnowsItsClassAndSection() {
    FunctionCode code = FunctionCode.of("2101505");
    assertThat(code.classCode()).isEqualTo("210");
    assertThat(code.sectionCode()).isEqualTo("21015");
    assertThat(code.isItemLevel()).isTrue();
    assertThat(FunctionCode.of("210").sectionCode()).isNull();
    assertThatThrownBy(() -> FunctionCode.of("21015O5"))
        .hasMessage("'21015O5' is not a valid function classification code (3, 5 or 7 digits)");
  }

  @Test
  void departmentEconomicCodeKnowsPersonnelFromPublic() {
    assertThat(DeptEconomicCode.of("30101").basicKind()).isEqualTo(ExpenditureKind.BASIC_PERSONNEL);
    assertThat(DeptEconomicCode.of("30309").basicKind()).isEqualTo(ExpenditureKind.BASIC_PERSONNEL);
    assertThat(DeptEconomicCode.of("3021101").basicKind()).isEqualTo(ExpenditureKind.BASIC_PUBLIC);
    assertThat(DeptEconomicCode.of("31002").basicKind()).isEqualTo(ExpenditureKind.BASIC_PUBLIC);
    assertThat(DeptEconomicCode.of("30907").basicKind()).isNull();
  }

  @Test
  void lineKeyTakesTheKindAPublishedDocumentPrintsAndSaysItBreachesDomainTwo() {
    // 杭州市公安局 2026 表6 prints 2,425.38 万元 of 30399 其他对个人和家庭的补助 under 日常公用支出
    LineKey printed =
        new LineKey(
            UnitCode.of("201001"),
            FunctionCode.of("2040201"),
            null,
            DeptEconomicCode.of("30399"),
            ExpenditureKind.BASIC_PUBLIC,
            null,
            FundSource.GENERAL_BUDGET);
    assertThat(printed.kind()).isEqualTo(ExpenditureKind.BASIC_PUBLIC);
    assertThat(printed.breachesBasicKind()).isTrue();
    assertThat(
            new LineKey(
                    UnitCode.of("201001"),
                    FunctionCode.of("2040201"),
                    null,
                    DeptEconomicCode.of("30399"),
                    ExpenditureKind.BASIC_PERSONNEL,
                    null,
                    FundSource.GENERAL_BUDGET)
                .breachesBasicKind())
        .isFalse();
  }

  @Test
  void budgetIdRoundTripsThroughText() {
    assertThat(BudgetId.parse("2026-201")).isEqualTo(BudgetId.of(2026, "201"));
    assertThat(BudgetId.parse("2026-XBB574F").department().value()).isEqualTo("XBB574F");
    assertThatThrownBy(() -> BudgetId.parse("201-2026")).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void codesAcceptExactlyTheirFormats() {
    for (String bad : new String[] {"21", "2101", "21015050", "２１０", "210 ", "-210"}) {
      assertThatThrownBy(() -> FunctionCode.of(bad))
          .as(bad)
          .isInstanceOf(InvalidValueException.class);
    }
    assertThat(GovEconomicCode.of("50101").value()).isEqualTo("50101");
    assertThat(UnitCode.of("201001-a").value()).isEqualTo("201001-a");
    assertThat(EntryId.of("adj-1.2_3:4").value()).isEqualTo("adj-1.2_3:4");
    for (String bad : new String[] {"", "-201", "单位", "a".repeat(33), "201 001"}) {
      assertThatThrownBy(() -> UnitCode.of(bad)).as(bad).isInstanceOf(InvalidValueException.class);
    }
    assertThatThrownBy(() -> EntryId.of("a".repeat(81))).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> EntryId.of(".a")).isInstanceOf(InvalidValueException.class);
    assertThat(DepartmentCode.of("XBB574F").value()).isEqualTo("XBB574F");
    assertThatThrownBy(() -> DepartmentCode.of("X-1")).isInstanceOf(InvalidValueException.class);
  }
}
