package org.budgetledger.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MoneyUnitTest {
  @Test
  void aFigureTypedInYuanIsExactFenAndNoFiner() {
    assertThat(MoneyUnit.YUAN.parse("12,345.67")).isEqualTo(Fen.of(1_234_567));
    assertThatThrownBy(() -> MoneyUnit.YUAN.parse("12.345"))
        .isInstanceOf(InvalidAmountException.class)
        .hasMessage("'12.345' has more than 2 decimals, finer than 1 分 in 元");
  }

  @Test
  void aFigureTypedInWanYuanIsExactFenAndNoFiner() {
    assertThat(MoneyUnit.WAN_YUAN.parse("1.234567")).isEqualTo(Fen.of(1_234_567));
    assertThatThrownBy(() -> MoneyUnit.WAN_YUAN.parse("1.2345678"))
        .isInstanceOf(InvalidAmountException.class)
        .hasMessage("'1.2345678' has more than 6 decimals, finer than 1 分 in 万元");
  }

  @Test
  void isNamedByItsLabelOrItsName() {
    assertThat(MoneyUnit.named("元")).isEqualTo(MoneyUnit.YUAN);
    assertThat(MoneyUnit.named(" 万元 ")).isEqualTo(MoneyUnit.WAN_YUAN);
    assertThat(MoneyUnit.named("wan_yuan")).isEqualTo(MoneyUnit.WAN_YUAN);
    assertThatThrownBy(() -> MoneyUnit.named("千元"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("unit '千元' is neither 元 nor 万元");
  }

  @Test
  void printsAFenExactlyInEither() {
    assertThat(MoneyUnit.YUAN.exact(1_234_567)).isEqualTo("12,345.67");
    assertThat(MoneyUnit.WAN_YUAN.exact(1_234_567)).isEqualTo("1.234567");
  }
}
