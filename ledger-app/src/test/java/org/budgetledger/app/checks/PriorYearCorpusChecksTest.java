package org.budgetledger.app.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.budgetledger.projections.checks.CheckKind;
import org.budgetledger.projections.checks.CheckReport;
import org.budgetledger.projections.checks.CheckStatus;
import org.budgetledger.projections.checks.PriorYearChecks;
import org.junit.jupiter.api.Test;

/**
 * {@code ./ledger check} on a PDF holds the changes its tables print against the tables themselves:
 * Shenzhen 63d734e6's 表9 (p.252-258) 394 of 396 hold and two are a cent apart, central-mof's
 * 一般公共预算支出表 (p.10-11) 52 changes and 52 rates hold.
 */
class PriorYearCorpusChecksTest {
  @Test
  void shenzhenUnitRowsAreCheckedWithTheirTwoRoundings() {
    CheckReport report = CorpusTextChecksTest.check("shenzhen-2026-63d734e6.pdf");

    assertThat(report.findings())
        .filteredOn(f -> f.rule().equals(PriorYearChecks.CHANGE_RULE))
        .extracting(f -> f.status() + " " + f.place().rowKey() + " " + f.place().columnKey())
        .containsExactly(
            "ROUNDING 深圳市人力资源和社会保障数据管理中心 增减变化金额 总计/一般公共预算",
            "ROUNDING 深圳市人力资源和社会保障数据管理中心 增减变化金额 公务接待费/一般公共预算",
            "PASS  ");
    assertThat(report.findings())
        .filteredOn(
            f -> f.rule().equals(PriorYearChecks.CHANGE_RULE) && f.status() == CheckStatus.PASS)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(CheckKind.CHANGE);
              assertThat(f.message()).isEqualTo("表9 财政拨款“三公”经费支出表：逐格核对“增减 = 本年 − 上年” 394 处，相符。");
            });
  }

  @Test
  void centralChangesAndRatesHold() {
    CheckReport report = CorpusTextChecksTest.check("central-mof-2026-a926cacd.pdf");

    assertThat(report.findings())
        .filteredOn(f -> f.rule().startsWith("增减") && f.message().contains("逐格核对"))
        .extracting(f -> f.message())
        .containsExactly(
            "部门公开表5 一般公共预算支出表：逐格核对“增减 = 本年 − 上年” 52 处，相符。",
            "部门公开表5 一般公共预算支出表：逐格核对“增减率 = 增减 ÷ 上年” 52 处，相符。");
  }
}
