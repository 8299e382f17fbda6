package org.budgetledger.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FenTest {
  @Test
  void sixDecimalsOfWanAreExactlyFen() {
    assertThat(Fen.parseWan("110,896.619602").value()).isEqualTo(110_896_619_602L);
    assertThat(Fen.parseWan("0.000001").value()).isEqualTo(1L);
    assertThat(Fen.parseWan("404.14").value()).isEqualTo(404_140_000L);
    assertThat(Fen.parseWan("-1.5").value()).isEqualTo(-1_500_000L);
  }

  @Test
  void yuanHasAtMostTwoDecimals() {
    assertThat(Fen.parseYuan("200,000").value()).isEqualTo(20_000_000L);
    assertThat(Fen.parseYuan("0.01").value()).isEqualTo(1L);
    assertThatThrownBy(() -> Fen.parseYuan("0.001"))
        .isInstanceOf(InvalidAmountException.class)
        .hasMessage("'0.001' has more than 2 decimals, finer than 1 分 in 元");
  }

  @Test
  void rejectsFinerThanAFenAndMalformedAmounts() {
    assertThatThrownBy(() -> Fen.parseWan("1.0000001"))
        .hasMessage("'1.0000001' has more than 6 decimals, finer than 1 分 in 万元");
    assertThatThrownBy(() -> Fen.parseWan("4O4.14")).hasMessage("'4O4.14' is not an amount in 万元");
    assertThatThrownBy(() -> Fen.parseWan("1,2,3")).hasMessage("'1,2,3' is not an amount in 万元");
    assertThatThrownBy(() -> Fen.parseWan("")).isInstanceOf(InvalidAmountException.class);
    assertThatThrownBy(() -> Fen.parseWan("99999999999999.999999"))
        .hasMessage("'99999999999999.999999' is too large an amount");
  }

  @Test
  void roundsOnlyForDisplayHalfUp() {
    Fen fen = Fen.parseWan("43,667.284604");
    assertThat(fen.formatWan(2)).isEqualTo("43,667.28");
    assertThat(Fen.parseWan("1.005").formatWan(2)).isEqualTo("1.01");
    assertThat(fen.formatWan(6)).isEqualTo("43,667.284604");
    assertThat(Fen.displayUnitFen(2)).isEqualTo(10_000L);
  }

  @Test
  void arithmeticNeverOverflowsSilently() {
    assertThatThrownBy(() -> Fen.of(Long.MAX_VALUE).plus(Fen.of(1)))
        .isInstanceOf(ArithmeticException.class);
    assertThat(Fen.parseWan("1.21").minus(Fen.parseWan("0.92")).negate())
        .isEqualTo(Fen.parseWan("-0.29"));
  }
}
