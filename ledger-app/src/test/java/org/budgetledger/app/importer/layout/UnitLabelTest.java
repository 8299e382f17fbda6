package org.budgetledger.app.importer.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.budgetledger.core.model.MoneyUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The unit label as families print it: a table's own label decides its unit over the family's, so a
 * label not understood would silently read 元 as 万元 (or the reverse).
 */
class UnitLabelTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "单位：万元|WAN_YUAN",
        "金额单位：万元|WAN_YUAN",
        "（单位：元）|YUAN",
        "单位 ： 万 元|WAN_YUAN",
        "单位:元|YUAN",
        "单位：人民币元|YUAN",
        "部门名称：杭州市交通运输局单位：万元|WAN_YUAN",
        "单位名称：长沙市公安局 单位:万元|WAN_YUAN",
        // a name that starts with 元 after 编制单位： is not the unit
        "编制单位：元谋县财政局　单位：万元|WAN_YUAN"
      })
  void readsTheLabelAsFamiliesPrintIt(String label, MoneyUnit unit) {
    assertThat(UnitLabel.inLabel(label)).contains(unit);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"单位：千元", "单位：亿元", "金额单位：千万元", "编制单位：元谋县财政局"})
  void aUnitItDoesNotReadIsNone(String label) {
    assertThat(UnitLabel.inLabel(label)).isEmpty();
  }
}
