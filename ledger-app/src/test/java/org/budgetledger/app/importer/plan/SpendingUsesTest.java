package org.budgetledger.app.importer.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.budgetledger.core.model.ExpenditureKind;
import org.junit.jupiter.api.Test;

/** The uses Jiangsu 2019's 财政拨款收支预算总表 (p.16) spends by, read as the kinds of line they cover. */
class SpendingUsesTest {
  @Test
  void theReserveCoversOnlyReserveLines() {
    var reserve = SpendingUses.kinds("三、单位预留机动经费");

    assertThat(reserve.test(ExpenditureKind.RESERVE)).isTrue();
    assertThat(reserve.test(ExpenditureKind.PROJECT)).isFalse();
    assertThat(reserve.test(ExpenditureKind.BASIC_PUBLIC)).isFalse();
  }

  @Test
  void basicSpendingCoversBothBasicKindsAndNotTheReserve() {
    var basic = SpendingUses.kinds("一、基本支出");

    assertThat(basic.test(ExpenditureKind.BASIC_PERSONNEL)).isTrue();
    assertThat(basic.test(ExpenditureKind.BASIC_PUBLIC)).isTrue();
    assertThat(basic.test(ExpenditureKind.RESERVE)).isFalse();
    assertThat(SpendingUses.kinds("二、项目支出").test(ExpenditureKind.RESERVE)).isFalse();
  }

  @Test
  void aClassIsNoUse() {
    assertThat(SpendingUses.kinds("四、公共安全支出")).isNull();
  }
}
