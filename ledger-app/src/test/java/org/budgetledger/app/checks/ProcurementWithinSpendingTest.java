package org.budgetledger.app.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.checks.CheckKind;
import org.budgetledger.projections.checks.CheckStatus;
import org.budgetledger.projections.checks.Finding;
import org.junit.jupiter.api.Test;

/**
 * 政府采购 held to the spending it tags, at the grain the document prints both: by 7-digit function
 * where 支出总表 prints rows by function (Yantai), by 类 against 收支总表 where 支出总表 prints units alone
 * (Xi'an), by the 合计 alone for a table by 采购品目 category (Jiangsu). No corpus document buys more
 * than it spends.
 */
class ProcurementWithinSpendingTest {
  private static List<Finding> within(String file) {
    return CorpusTextChecksTest.check(file).findings().stream()
        .filter(f -> f.kind() == CheckKind.IDENTITY && f.rule().startsWith("政府采购"))
        .toList();
  }

  @Test
  void yantaiBuysUnderEachFunctionNoMoreThanItSpendsThere() {
    List<Finding> findings = within("yantai-2026-8bfe1f02.pdf");

    // the 合计 and its seven 项 (p.38)
    assertThat(findings).hasSize(8).allMatch(f -> f.status() == CheckStatus.PASS);
    // p.38 高中教育 6,275.78 万元 against 支出总体情况表's 2050204 72,190.51 (p.12)
    Finding highSchool =
        findings.stream().filter(f -> f.rule().contains("2050204")).findFirst().orElseThrow();
    assertThat(highSchool.figures())
        .extracting(x -> x.amount())
        .containsExactly(Fen.parseWan("6275.78"), Fen.parseWan("72190.51"));
    assertThat(highSchool.message()).contains("不超过");
  }

  @Test
  void xianHoldsEachClassToTheBalanceSheetsSpending() {
    List<Finding> findings = within("xian-2022-e183be6a.pdf");

    // 合计 and six 类: 支出总表 prints its units, not functions
    assertThat(findings).hasSize(7).allMatch(f -> f.status() == CheckStatus.PASS);
    // p.91: 229 99 99 差额 18,000,000.00 元 against 收支总表's 229 48,007,600.00 (p.40)
    Finding other =
        findings.stream().filter(f -> f.rule().contains("229 类")).findFirst().orElseThrow();
    assertThat(other.figures())
        .extracting(x -> x.amount())
        .containsExactly(Fen.parseYuan("18000000.00"), Fen.parseYuan("48007600.00"));
  }

  @Test
  void aTableByCategoryIsHeldByItsTotal() {
    List<Finding> findings = within("jiangsu-2026-17a8236f.pdf");

    assertThat(findings)
        .singleElement()
        .satisfies(f -> assertThat(f.status()).isEqualTo(CheckStatus.PASS));
  }
}
