package org.budgetledger.projections.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A family's printed table numbers, in digits or Chinese numerals, give its order. */
class PrintedNumeralsTest {
  @Test
  void digitsAndChineseNumeralsAreRead() {
    assertThat(PrintedNumerals.value("公开01表")).isEqualTo(1);
    assertThat(PrintedNumerals.value("表12")).isEqualTo(12);
    assertThat(PrintedNumerals.value("部门公开表3")).isEqualTo(3);
    assertThat(PrintedNumerals.value("一")).isEqualTo(1);
    assertThat(PrintedNumerals.value("十")).isEqualTo(10);
    assertThat(PrintedNumerals.value("十一")).isEqualTo(11);
    assertThat(PrintedNumerals.value("二十三")).isEqualTo(23);
    assertThat(PrintedNumerals.value("公开表九")).isEqualTo(9);
    assertThat(PrintedNumerals.value("收支总表")).isGreaterThan(100);
  }
}
