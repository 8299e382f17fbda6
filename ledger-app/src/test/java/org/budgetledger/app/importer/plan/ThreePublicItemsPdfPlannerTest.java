package org.budgetledger.app.importer.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.budgetledger.app.importer.document.DisclosureDocumentParser;
import org.budgetledger.app.importer.document.ParseResult;
import org.budgetledger.app.importer.layout.LayoutProfiles;
import org.budgetledger.app.importer.pdfdocument.PdfDisclosureReader;
import org.budgetledger.core.budget.api.ImportDisclosureCommand;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.ExpenditureKind;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.SpendingLeg;
import org.junit.jupiter.api.Test;

/**
 * A 三公 item that 基本支出表's rows of its code do not hold is paid from 项目支出 (ThreePublicItems): project
 * lines carry the item's code for the rest, derivation THREE_PUBLIC_FROM_PROJECT, and the 三公 figure
 * holds. Figures from the pages of the corpus PDFs.
 */
class ThreePublicItemsPdfPlannerTest {
  private static final String RULE = "THREE_PUBLIC_FROM_PROJECT";

  /**
   * 烟台 2026, 公开表7 (2026 columns): 公务接待费 3.50 of which 基本支出表 holds 2.50 + 0.80 on 30217; 公务用车运行维护费
   * 6.50 with no 30231 row in 基本支出表.
   */
  @Test
  void yantaisProjectsPayWhatItsBasicTableDoesNotHold() throws Exception {
    List<SpendingLeg> legs = plan("yantai-2026-8bfe1f02").spendingLegs();

    // 基本支出表's two rows (page 20) stay basic, each within its rounding; the rest, 3.50 less what
    // they hold, is paid from 项目支出
    assertThat(
            wan(legs, code("30217").and(gov("50206")).and(ThreePublicItemsPdfPlannerTest::basic)))
        .isEqualTo("2.50");
    assertThat(
            wan(legs, code("30217").and(gov("50502")).and(ThreePublicItemsPdfPlannerTest::basic)))
        .isEqualTo("0.80");
    assertThat(wan(legs, code("30217"))).isEqualTo("3.50");
    assertThat(new BigDecimal(wan(legs, code("30217").and(derived()))))
        .isBetween(new BigDecimal("0.19"), new BigDecimal("0.21"));
    assertThat(wan(legs, code("30231").and(derived()))).isEqualTo("6.50");
    assertThat(legs)
        .filteredOn(derived())
        .allSatisfy(l -> assertThat(l.key().kind()).isEqualTo(ExpenditureKind.PROJECT))
        .allSatisfy(l -> assertThat(l.key().fundSource().isFiscalAppropriation()).isTrue());
  }

  /**
   * 无锡市教育局 2026, 公开09表: 公务用车购置费 36.00, a capital code no 基本支出表 row holds; 公务接待费 100.37 and 运行维护费
   * 104.80 are 基本支出表's own rows and stay there.
   */
  @Test
  void jiangsusVehiclePurchaseIsProjectMoney() throws Exception {
    List<SpendingLeg> legs = plan("jiangsu-2026-17a8236f").spendingLegs();

    assertThat(wan(legs, code("31013").and(derived()))).isEqualTo("36.00");
    assertThat(legs).filteredOn(code("30217").and(derived())).isEmpty();
    assertThat(legs).filteredOn(code("30231").and(derived())).isEmpty();
    assertThat(wan(legs, code("30231"))).isEqualTo("104.80");
  }

  /**
   * 长沙市公安局 2025: its 基本支出表 prints a 合计 only (28,398.17), so no basic line has a code; the 三公
   * table's 30.00, 28.50, 150.00 and 250.00 (458.50) are all paid from its 40,233.95 of 项目支出.
   */
  @Test
  void changshasItemsAreProjectMoneyWhereNoBasicLineHasACode() throws Exception {
    ImportDisclosureCommand command = plan("changsha-2025-e293995d");
    List<SpendingLeg> legs = command.spendingLegs();

    assertThat(wan(legs, code("30212"))).isEqualTo("30.00");
    assertThat(wan(legs, code("30217"))).isEqualTo("28.50");
    assertThat(wan(legs, code("31013"))).isEqualTo("150.00");
    assertThat(wan(legs, code("30231"))).isEqualTo("250.00");
    assertThat(wan(legs, derived())).isEqualTo("458.50");
    assertThat(wan(legs, l -> l.key().kind() == ExpenditureKind.PROJECT)).isEqualTo("40233.95");
  }

  private static ImportDisclosureCommand plan(String name) throws Exception {
    Path pdf = Path.of("src/test/resources/corpus/pdf/" + name + ".pdf");
    String text =
        new PdfDisclosureReader(LayoutProfiles.builtIn())
            .read(pdf.getFileName().toString(), Files.readAllBytes(pdf))
            .text();
    ParseResult read = new DisclosureDocumentParser().parse(pdf.getFileName().toString(), text);
    return new ImportPlanner().plan(read, Actor.of("importer")).command();
  }

  private static Predicate<SpendingLeg> code(String dept) {
    return l -> l.key().deptEconomic() != null && l.key().deptEconomic().value().equals(dept);
  }

  private static Predicate<SpendingLeg> gov(String code) {
    return l -> l.key().govEconomic() != null && l.key().govEconomic().value().equals(code);
  }

  private static Predicate<SpendingLeg> derived() {
    return l -> l.derivation() != null && l.derivation().rule().equals(RULE);
  }

  /** The legs' sum in 万元 at the 2 decimals the documents print. */
  private static String wan(List<SpendingLeg> legs, Predicate<SpendingLeg> which) {
    Fen sum = legs.stream().filter(which).map(SpendingLeg::amount).reduce(Fen.ZERO, Fen::plus);
    return sum.toWan(2).toPlainString();
  }

  private static boolean basic(SpendingLeg l) {
    return l.key().kind().isBasic();
  }
}
