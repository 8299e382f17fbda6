package org.budgetledger.app.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import org.budgetledger.app.importer.layout.LayoutProfiles;
import org.budgetledger.app.importer.pdfdocument.PdfDisclosureReader;
import org.budgetledger.core.model.Fen;
import org.budgetledger.projections.checks.CheckReport;
import org.budgetledger.projections.checks.CheckStatus;
import org.budgetledger.projections.checks.Finding;
import org.junit.jupiter.api.Test;

/**
 * The table rules on families whose tables are mapped onto the canonical ones, each read against
 * its PDF page: a real error keeps its FAIL; where the family prints a table otherwise than the
 * Beijing profile, the rule reads it as printed and passes; where it cannot, it says WARN and why.
 */
class MappedFamiliesChecksTest {
  private static Finding only(CheckReport report, String rule) {
    List<Finding> found = report.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    assertThat(found).as(rule).hasSize(1);
    return found.get(0);
  }

  private static Fen wan(String amount) {
    return Fen.parseWan(amount);
  }

  /**
   * 杭州市交通运输局 (p.22, 表1): 一般公共服务支出 printed 6651.38 where its two rows (1.98 + 6,700.00), its 本年支出合计
   * 665,964.37 and the text (p.6) give 6,701.98; 表5 (p.30) 合计 432,513.70 where its 项 add to
   * 432,564.32 (公路水路运输 printed 97,402.60, its 项 97,453.20) and the income is 432,564.31.
   */
  @Test
  void hangzhousTransportBureauPrintsTwoWrongSubtotals() {
    CheckReport report = CorpusTextChecksTest.check("hangzhou-zhejiang-2026-e488d331.pdf");
    Finding sum = only(report, "收支总表 本年支出合计 = 各类支出之和");
    assertThat(sum.status()).isEqualTo(CheckStatus.FAIL);
    assertThat(sum.difference()).isEqualTo(wan("50.60"));
    Finding rows = only(report, "一般公共预算支出表 各行之和 = 合计行（合计）");
    assertThat(rows.status()).isEqualTo(CheckStatus.FAIL);
    assertThat(rows.figures().get(0).amount()).isEqualTo(wan("432513.70"));
    assertThat(rows.difference()).isEqualTo(wan("50.62").negate());
    assertThat(only(report, "支出总表 201 类各行之和 = 收支总表 该类支出").difference())
        .isEqualTo(wan("50.60").negate());
    assertThat(report.findings())
        .filteredOn(f -> f.status() == CheckStatus.FAIL && f.rule().equals("文字金额与表格一致"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.message()).contains("6,701.98", "6,651.380000");
              assertThat(f.place().page()).isEqualTo(6);
            });
  }

  /** 烟台市教育局 (p.9): 上级补助收入 205.89 is printed below 本年收入合计 315,235.83, beside 上年结转. */
  @Test
  void incomePrintedBelowTheSubtotalIsAddedAfterIt() {
    CheckReport report = CorpusTextChecksTest.check("yantai-2026-8bfe1f02.pdf");
    Finding current = only(report, "收支总表 本年收入合计 = 各项收入之和");
    assertThat(current.status()).isEqualTo(CheckStatus.PASS);
    assertThat(current.figures().get(0).amount()).isEqualTo(wan("315235.83"));
    Finding grand = only(report, "收支总表 收入总计 = 本年收入合计 + 上年结转结余");
    assertThat(grand.status()).isEqualTo(CheckStatus.PASS);
    assertThat(grand.figures())
        .extracting(x -> x.amount())
        .contains(wan("315441.72"), wan("315235.83"), wan("205.89"));
  }

  /**
   * 广州市生态环境局 (p.9): 预算拨款 87,843.78 is 一般公共预算 83,443.78 + 政府性基金 4,400.00 (表2). Since 2026-12-06 the
   * family's profile reads 预算拨款 as the fiscal subtotal, so 财政拨款收支总表 meets it by the rule for a 收支总表
   * printing that subtotal alone.
   */
  @Test
  void oneFiscalLineIsComparedWithAllFiscalSources() {
    CheckReport report = CorpusTextChecksTest.check("guangzhou-2026-39d6f21a.pdf");
    Finding income = only(report, "收入总表 一般公共预算 = 收支总表 对应收入");
    assertThat(income.status()).isEqualTo(CheckStatus.PASS);
    assertThat(income.figures())
        .extracting(x -> x.amount())
        .containsExactlyInAnyOrder(wan("83443.78"), wan("4400.00"), wan("87843.78"));
    assertThat(only(report, "财政拨款收支总表 本年收入 = 收支总表 财政拨款收入").status()).isEqualTo(CheckStatus.PASS);
  }

  /**
   * 泉州市公安局 (p.10-11): 收入总计 81,206.56 = 财政拨款 69,059.36 + 其他收入 4,547.20 + 上年结转结余 7,600.00, a
   * carry-over the 收入总表 prints in one column and the 财政拨款收支总表 does not hold.
   */
  @Test
  void anUndividedCarryOverIsTheNonFiscalRest() {
    CheckReport report = CorpusTextChecksTest.check("quanzhou-2026-6bcadf36.pdf");
    Finding whole =
        report.findings().stream()
            .filter(f -> f.rule().startsWith("收支总表 收入总计 = 财政拨款收支总表 收入总计"))
            .findFirst()
            .orElseThrow();
    assertThat(whole.status()).isEqualTo(CheckStatus.PASS);
    assertThat(whole.figures())
        .extracting(x -> x.amount())
        .containsExactly(wan("81206.56"), wan("69059.36"), wan("4547.20"), wan("7600.00"));
  }

  /** 国家信访局 p.18: the list of classes runs on after "；" at a line's end to 住房保障支出 1,111.44. */
  @Test
  void aListOfClassesIsReadPastALineEndingInASemicolon() {
    CheckReport report = CorpusTextChecksTest.check("central-mof-2026-a926cacd.pdf");
    assertThat(report.findings())
        .filteredOn(f -> f.rule().equals("列举无遗漏") && f.place().page() == 18)
        .singleElement()
        .satisfies(f -> assertThat(f.status()).isEqualTo(CheckStatus.PASS));
  }

  /** 上海市自然资源确权登记事务中心 p.6: "收入预算5,004万元，其中：财政拨款收入3,173万元" — 5,004 is the whole. */
  @Test
  void theWholeIncomeIsNotTakenForTheFiscalOne() {
    CheckReport report = CorpusTextChecksTest.check("shanghai9-2026-0afcacdd.pdf");
    assertThat(report.findings())
        .filteredOn(f -> f.rule().equals("文字金额与表格一致") && f.message().contains("收入预算 5,004"))
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.status()).isEqualTo(CheckStatus.PASS));
  }

  /**
   * 江苏省人民检察院 2019 (p.20, 公开09表 “三公”经费、会议费、培训费): 合计 1,276.70 covers 三公 小计 418.26, 会议费 158.44 and 培训费
   * 700.00. The columns are read, so the rule adds them and passes: no WARN of a 合计 larger than its
   * four items (MeetingsInThreePublic) is left to give.
   */
  @Test
  void aThreePublicTotalWithMeetingsAndTrainingAddsThem() {
    CheckReport report = CorpusTextChecksTest.check("jiangsu-2019-d64c3b59.pdf");
    Finding total = only(report, "“三公”经费、会议费、培训费 合计 = “三公”经费小计 + 会议费 + 培训费");
    assertThat(total.status()).isEqualTo(CheckStatus.PASS);
    assertThat(total.figures())
        .extracting(f -> f.amount())
        .containsExactlyInAnyOrder(wan("1276.70"), wan("418.26"), wan("158.44"), wan("700.00"));
    assertThat(only(report, "“三公”经费 小计 = 因公出国 + 公务接待 + 公务用车购置 + 运行维护").status())
        .isEqualTo(CheckStatus.PASS);
    assertThat(report.findings())
        .noneMatch(f -> f.rule().equals("“三公”经费 总额 = 因公出国 + 公务接待 + 公务用车购置 + 运行维护"));
  }

  /** A family whose mapping was not read against its PDFs keeps the WARN, and names itself. */
  @Test
  void anUnverifiedFamilysTableFindingsAreWarningsNamingIt() {
    CheckReport report = CorpusTextChecksTest.check("xian-2026-838aeef9.pdf");
    assertThat(report.findings())
        .filteredOn(f -> f.message().contains("（xian 版式）"))
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.status()).isEqualTo(CheckStatus.WARN));
  }

  /**
   * The text a PDF import stores keeps its family (cover line 版式：), so {@code reconcile} checks an
   * imported document as {@code check} checks its PDF; a Beijing PDF is read as the canonical text
   * and has no mapped family.
   */
  @Test
  void theTextAnImportStoresKnowsItsMappedFamily() throws Exception {
    for (String[] expected :
        new String[][] {
          {"xian-2026-838aeef9.pdf", "xian"}, {"beijing13-2026-482a23e1.pdf", null}
        }) {
      String name = expected[0];
      byte[] pdf = Files.readAllBytes(CorpusTextChecksTest.PDF.resolve(name));
      String text = new PdfDisclosureReader(LayoutProfiles.builtIn()).read(name, pdf).text();
      assertThat(DocumentSources.text(name, text, null).mappedFamily())
          .as(name)
          .isEqualTo(expected[1]);
    }
  }
}
