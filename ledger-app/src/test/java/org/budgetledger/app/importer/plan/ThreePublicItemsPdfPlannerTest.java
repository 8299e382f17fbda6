package org.budgetledger.app.importer.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
   * 长沙市公安局 2025: the 三公 table's 30.00, 28.50, 150.00 and 250.00 (458.50) land on their codes. Since
   * its 基本支出表 is read with its codes (经济科目编码, s11-gbecon) the basic lines hold 30212, 30217 and
   * 30231; only 公务用车购置 31013, which no basic line has, is paid from its 40,233.95 of 项目支出 (before,
   * with the table's 合计 alone, all 458.50 were).
   */
  @Test
  void changshasItemsAreProjectMoneyWhereNoBasicLineHasACode() throws Exception {
    ImportDisclosureCommand command = plan("changsha-2025-e293995d");
    List<SpendingLeg> legs = command.spendingLegs();

    assertThat(wan(legs, code("30212"))).isEqualTo("30.00");
    assertThat(wan(legs, code("30217"))).isEqualTo("28.50");
    assertThat(wan(legs, code("31013"))).isEqualTo("150.00");
    assertThat(wan(legs, code("30231"))).isEqualTo("250.00");
    assertThat(wan(legs, derived())).isEqualTo("150.00");
    assertThat(wan(legs, l -> l.key().kind() == ExpenditureKind.PROJECT)).isEqualTo("40233.95");
  }

  /**
   * 西安 2022 p.92: 公务接待费 129,000.00 and 公务用车运行费 700,000.00 元, which its 基本支出表 (a 合计 row only, p.59)
   * holds by no code; its 支出总表 prints no function row, so the lines are the tables' rows by
   * function with 基本/项目 open, and their totals bound the project money that pays the items.
   */
  @Test
  void xiansItemsArePaidFromLinesWhoseKindIsOpen() throws Exception {
    List<SpendingLeg> legs = plan("xian-2022-e183be6a").spendingLegs();

    // the items land on their codes; since its 基本支出表 is read with its codes (s11-gbecon) a basic
    // line
    // may hold one, and only what no basic line holds is paid from the project money
    assertThat(sum(legs, code("30217"))).isEqualTo(Fen.parseYuan("129000.00"));
    assertThat(sum(legs, code("30231"))).isEqualTo(Fen.parseYuan("700000.00"));
    assertThat(legs)
        .filteredOn(derived())
        .allSatisfy(l -> assertThat(l.key().kind()).isEqualTo(ExpenditureKind.PROJECT))
        .allSatisfy(
            l ->
                assertThat(l.derivation().explanation())
                    .contains("row by function (支出总表 prints none)", "基本/项目 split open"));
  }

  /**
   * An item larger than all of 支出总表's 项目支出 (231,909.40 in 无锡市教育局's) cannot be paid from it: the
   * planner says so and splits nothing, and the reconciliation reports the figure. The page's
   * 公务用车购置费 36.00 is changed to 300,000.00 in its canonical text.
   */
  @Test
  void anItemBeyondAllProjectMoneyIsANoteNotASplit() throws Exception {
    String name = "jiangsu-2026-17a8236f.pdf";
    String text = text(name);
    String row = "241.17\t0.00\t100.37\t140.80\t36.00\t104.80";
    assertThat(text).contains(row);
    ParseResult read =
        new DisclosureDocumentParser()
            .parse(
                name, text.replace(row, "300205.17\t0.00\t100.37\t300104.80\t300000.00\t104.80"));

    ImportPlan plan = new ImportPlanner().plan(read, Actor.of("importer"));

    assertThat(plan.notes())
        .anySatisfy(
            n -> assertThat(n).startsWith("“三公”经费表 公务用车购置费 300000.00：").contains("超过全部项目支出"));
    // (its 培训费 925.46 beyond 基本支出表's 225.46 is paid from 项目支出: only 31013 is left out)
    assertThat(plan.command().spendingLegs()).filteredOn(derived().and(code("31013"))).isEmpty();
  }

  /**
   * 三公 figures that contradict the others are set aside as before (the planner's fallback), and the
   * project parts they alone fixed then hold nothing: 烟台's 公务接待费 3.50 changed to 1.00, less than
   * the 3.30 its 基本支出表 holds.
   */
  @Test
  void contradictedItemsLeaveTheProjectPartsEmpty() throws Exception {
    String name = "yantai-2026-8bfe1f02.pdf";
    String text = text(name);
    String row = "10.00\t（未列示）\t3.50\t6.50\t（未列示）\t6.50";
    assertThat(text).contains(row);
    ParseResult read =
        new DisclosureDocumentParser()
            .parse(name, text.replace(row, "7.50\t（未列示）\t1.00\t6.50\t（未列示）\t6.50"));

    ImportPlan plan = new ImportPlanner().plan(read, Actor.of("importer"));

    assertThat(plan.notes()).anySatisfy(n -> assertThat(n).startsWith("资金来源的拆分未采用财政拨款“三公”经费表"));
    assertThat(plan.command().spendingLegs()).filteredOn(derived()).isEmpty();
    assertThat(wan(plan.command().spendingLegs(), code("30217"))).isEqualTo("3.30");
  }

  /**
   * A 基本支出表 row of a 三公 code printed with an empty 合计 is read as holding nothing: the figures then
   * contradict each other and the document is refused naming them, no crash (Wuxi's 30217 公务接待费
   * 100.37 with its 合计 emptied).
   */
  @Test
  void anEmptyBasicRowOfAnItemsCodeIsRefusedByItsFiguresNotACrash() throws Exception {
    String name = "jiangsu-2026-17a8236f.pdf";
    String text = text(name);
    String row = "30217-公务接待费\t100.37\t\t100.37";
    assertThat(text).contains(row);
    ParseResult read =
        new DisclosureDocumentParser().parse(name, text.replace(row, "30217-公务接待费\t\t\t100.37"));

    assertThatThrownBy(() -> new ImportPlanner().plan(read, Actor.of("importer")))
        .isInstanceOf(ImportRejectedException.class);
  }

  private static ImportDisclosureCommand plan(String name) throws Exception {
    String file = name + ".pdf";
    ParseResult read = new DisclosureDocumentParser().parse(file, text(file));
    return new ImportPlanner().plan(read, Actor.of("importer")).command();
  }

  private static String text(String file) throws Exception {
    Path pdf = Path.of("src/test/resources/corpus/pdf/" + file);
    return new PdfDisclosureReader(LayoutProfiles.builtIn())
        .read(pdf.getFileName().toString(), Files.readAllBytes(pdf))
        .text();
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

  private static Fen sum(List<SpendingLeg> legs, Predicate<SpendingLeg> which) {
    return legs.stream().filter(which).map(SpendingLeg::amount).reduce(Fen.ZERO, Fen::plus);
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
