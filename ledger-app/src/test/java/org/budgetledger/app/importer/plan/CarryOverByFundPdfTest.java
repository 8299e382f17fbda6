package org.budgetledger.app.importer.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.budgetledger.app.importer.document.DisclosureDocumentParser;
import org.budgetledger.app.importer.document.ParseResult;
import org.budgetledger.app.importer.layout.LayoutProfiles;
import org.budgetledger.app.importer.pdfdocument.PdfDisclosureReader;
import org.budgetledger.core.model.Actor;
import org.junit.jupiter.api.Test;

/**
 * 上年结转 printed by no fund: Shenzhen's 收入总表 has one 上年结余、结转 column and its 收支总表 splits it only into
 * 财政拨款结余、结转 and 非财政拨款结余、结转. The 财政拨款 part by fund comes from 财政拨款收支总表, the rest is the units' own
 * (单位资金), and this year's 一般公共预算, the balancing leg, no longer takes it in.
 */
class CarryOverByFundPdfTest {
  static final Path CORPUS = Path.of("src/test/resources/corpus/pdf");

  private static List<String> incomeLegs(String file) throws Exception {
    Path pdf = CORPUS.resolve(file);
    String text =
        new PdfDisclosureReader(LayoutProfiles.builtIn())
            .read(file, Files.readAllBytes(pdf))
            .text();
    ParseResult read = new DisclosureDocumentParser().parse(file, text);
    return new ImportPlanner()
        .plan(read, Actor.of("importer")).command().incomeLegs().stream()
            .map(l -> l.key().fundSource() + "/" + l.key().origin() + " " + l.amount())
            .toList();
  }

  @Test
  void theCarryOverOfOneUnitIsAllGeneralBudget() throws Exception {
    // p.20 表4: 一般公共预算拨款结余、结转 90.68; 收支总表: 非财政拨款结余、结转 0.00
    assertThat(incomeLegs("shenzhen-2026-c9051f27.pdf"))
        .contains(
            "GENERAL_BUDGET/CARRY_OVER 90.680000 万元",
            // 54,547.39 printed, the lines held to it (it was 54,638.074966, then 54,547.394966)
            "GENERAL_BUDGET/CURRENT_YEAR 54,547.389901 万元",
            // 32.99 printed: what its own lines spend, within its rounding (SPENT_BY_LINES); the
            // lines move within their rounding since the 三公 figures hold them too (54,547.389988
            // and 32.994978, then 54,547.389958 and 32.994987 before its 表8 by economic code was
            // read,
            // s11-gbecon)
            "OTHER_INCOME/CURRENT_YEAR 32.994750 万元")
        .noneMatch(l -> l.startsWith("UNIT_FUNDS/"));
  }

  @Test
  void whatIsNotFiscalOfTheCarryOverIsTheUnitsOwn() throws Exception {
    // 收入总表 上年结余、结转 9,742.42; 财政拨款收支总表 一般公共预算拨款结余、结转 2,582.06
    assertThat(incomeLegs("shenzhen-2026-63d734e6.pdf"))
        .contains(
            // 2,582.06 printed: it shares the rounding of this year's 533,162.27, which the same
            // lines
            // pay (SHARED_ROUNDING), so that both print as printed (2,582.060389 before its 三公
            // figures were read)
            "GENERAL_BUDGET/CARRY_OVER 2,582.060613 万元",
            "GENERAL_BUDGET/CURRENT_YEAR 533,162.274999 万元",
            "UNIT_FUNDS/CARRY_OVER 7,160.360000 万元");
  }
}
