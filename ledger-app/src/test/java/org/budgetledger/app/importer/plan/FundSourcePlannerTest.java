package org.budgetledger.app.importer.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.budgetledger.app.importer.document.DisclosureDocumentParser;
import org.budgetledger.core.budget.api.ImportDisclosureCommand;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.core.model.IncomeLeg;
import org.budgetledger.core.model.Origin;
import org.budgetledger.core.model.SpendingLeg;
import org.junit.jupiter.api.Test;

/**
 * Lines × fund source on 北京市商务局 2026 (corpus beijing13-2026-482a23e1.pdf, tables transcribed from
 * its pages): 一般公共预算 138,649.635419, 政府性基金 148,541.990021 and 1,212.494272 万元 of money other than
 * 财政拨款 from four sources, 12.23 万元 kept as 年终结转结余.
 */
class FundSourcePlannerTest {
  static final String FILE = "2026-beijing-commerce-bureau.txt";

  static String text() throws IOException {
    return Files.readString(Path.of("src/test/resources/fundsources", FILE));
  }

  static ImportPlan plan(String text) {
    return new ImportPlanner()
        .plan(new DisclosureDocumentParser().parse(FILE, text), Actor.of("importer"));
  }

  static long sum(List<SpendingLeg> legs, Predicate<SpendingLeg> select) {
    return legs.stream().filter(select).mapToLong(l -> l.amount().value()).sum();
  }

  static Map<FundSource, Long> bySource(ImportDisclosureCommand c) {
    return c.spendingLegs().stream()
        .collect(
            Collectors.groupingBy(
                l -> l.key().fundSource(), Collectors.summingLong(l -> l.amount().value())));
  }

  @Test
  void eachFiscalSourcePaysWhatItsOwnTablePrints() throws IOException {
    ImportDisclosureCommand c = plan(text()).command();
    assertThat(bySource(c))
        .containsOnlyKeys(
            FundSource.GENERAL_BUDGET, FundSource.GOVERNMENT_FUND, FundSource.NON_FISCAL);
    assertThat(bySource(c).get(FundSource.GENERAL_BUDGET))
        .isEqualTo(Fen.parseWan("138,649.635419").value());
    List<SpendingLeg> fund =
        c.spendingLegs().stream()
            .filter(l -> l.key().fundSource() == FundSource.GOVERNMENT_FUND)
            .toList();
    assertThat(fund)
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.key().function().value()).isEqualTo("21598");
              assertThat(l.key().unit().value()).isEqualTo("XCC5747-D");
              assertThat(l.amount()).isEqualTo(Fen.parseWan("148,541.990021"));
              assertThat(l.derivation().rule()).isEqualTo("SINGLE_SOURCE");
            });
    assertThat(sum(c.spendingLegs(), l -> true)).isEqualTo(Fen.parseWan("288,404.119712").value());
    assertThat(c.units())
        .filteredOn(u -> u.code().value().equals("XCC5747-D"))
        .singleElement()
        .satisfies(u -> assertThat(u.name()).isEqualTo("北京市商务局（部门收支，未分单位）"));
  }

  @Test
  void nonFiscalMoneyOfSeveralSourcesIsRecordedAtTheGrainTheTablesGive() throws IOException {
    ImportPlan plan = plan(text());
    List<SpendingLeg> other =
        plan.command().spendingLegs().stream()
            .filter(l -> l.key().fundSource() == FundSource.NON_FISCAL)
            .toList();
    assertThat(other)
        .allSatisfy(
            l -> {
              assertThat(l.derivation().rule()).isEqualTo("NON_FISCAL_UNSPLIT");
              assertThat(l.key().unit().value()).isEqualTo("XCC5747-D");
              assertThat(l.key().function().classCode()).isIn("201", "205", "229");
            });
    // 收支总表 less 财政拨款收支总表 by 类, and 表13 其他资金 by 基本/项目
    assertThat(sum(other, l -> true)).isEqualTo(Fen.parseWan("1,212.494272").value());
    assertThat(sum(other, l -> l.key().function().classCode().equals("201")))
        .isEqualTo(Fen.parseWan("273.320472").value());
    assertThat(sum(other, l -> l.key().function().classCode().equals("205")))
        .isEqualTo(Fen.parseWan("931.600000").value());
    assertThat(sum(other, l -> l.key().kind().isBasic()))
        .isEqualTo(Fen.parseWan("885.620472").value());
    // the 三公 table has no 公务用车购置: the 18.89 万元 line 31013 is not 财政拨款
    assertThat(
            plan.command().spendingLegs().stream()
                .filter(
                    l ->
                        l.key().deptEconomic() != null
                            && l.key().deptEconomic().value().equals("31013")))
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.key().fundSource()).isEqualTo(FundSource.NON_FISCAL);
              assertThat(l.amount()).isEqualTo(Fen.parseWan("18.890000"));
            });
    assertThat(plan.notes())
        .anyMatch(
            n ->
                n.startsWith("非财政拨款资金 1,212.494272 万元")
                    && n.contains("本年收入 事业收入 501.000000")
                    && n.contains("上年结转结余 单位资金 344.044272"));
  }

  @Test
  void incomeIsEachSourceAsPrintedAndKeepsTheYearEndBalance() throws IOException {
    ImportPlan plan = plan(text());
    List<IncomeLeg> income = plan.command().incomeLegs();
    assertThat(income)
        .extracting(
            l -> l.key().fundSource() + "/" + l.key().origin() + " " + l.amount().formatWan(6))
        .containsExactly(
            "GENERAL_BUDGET/CARRY_OVER 7,801.180555",
            "GOVERNMENT_FUND/CARRY_OVER 1,541.990021",
            "UNIT_FUNDS/CARRY_OVER 344.044272",
            "GOVERNMENT_FUND/CURRENT_YEAR 147,000.000000",
            "FISCAL_SPECIAL_ACCOUNT/CURRENT_YEAR 329.995000",
            "BUSINESS_INCOME/CURRENT_YEAR 501.000000",
            "OTHER_INCOME/CURRENT_YEAR 49.685000",
            "GENERAL_BUDGET/CURRENT_YEAR 130,848.454864");
    assertThat(income.get(7).derivation().rule()).isEqualTo("DEPARTMENT_BALANCE");
    long in = income.stream().mapToLong(l -> l.amount().value()).sum();
    assertThat(in - sum(plan.command().spendingLegs(), l -> true))
        .isEqualTo(Fen.parseWan("12.230000").value());
    assertThat(plan.notes()).anyMatch(n -> n.startsWith("年终结转结余 12.230000 万元"));
  }

  @Test
  void aThreePublicTableThatContradictsTheLinesIsLeftOutOfTheSplitNotRefused() throws IOException {
    // 公务接待费 misprinted 3.85 for 2.85: the lines (30217) cannot make it up
    String misprinted =
        text().replace("231.480000\t181.990000\t2.850000", "232.480000\t181.990000\t3.850000");
    ImportPlan plan = plan(misprinted);
    assertThat(plan.notes()).anyMatch(n -> n.startsWith("资金来源的拆分未采用") && n.contains("三公"));
    assertThat(bySource(plan.command()).get(FundSource.NON_FISCAL))
        .isEqualTo(Fen.parseWan("1,212.494272").value());
  }

  @Test
  void stateCapitalPaysWhatItsOwnTablePrints() throws IOException {
    // the same document with its 政府性基金 money printed as 国有资本经营 in every table
    String fund =
        "21598\t超长期特别国债安排的支出\t148,541.990021\t\t148,541.990021\n"
            + "\t合 计\t148,541.990021\t\t148,541.990021\n";
    String empty = "\t合 计\t\t\t\n";
    String text = text();
    int gf = text.indexOf("预算07表");
    int sc = text.indexOf("预算08表");
    String tables = text.substring(gf, text.indexOf("预算09表"));
    String swapped =
        tables.substring(0, sc - gf).replace(fund, empty)
            + tables.substring(sc - gf).replace(empty, fund);
    String state =
        text.substring(0, gf)
                .replace("二、政府性基金预算拨款收入\t147,000.000000", "二、政府性基金预算拨款收入\t")
                .replace("三、国有资本经营预算拨款收入\t", "三、国有资本经营预算拨款收入\t147,000.000000")
                .replace("二、政府性基金预算资金\t147,000.000000", "二、政府性基金预算资金\t")
                .replace("三、国有资本经营预算资金\t", "三、国有资本经营预算资金\t147,000.000000")
                .replace("二、政府性基金预算拨款\t1,541.990021", "二、政府性基金预算拨款\t")
                .replace("三、国有资本经营预算拨款\t\t", "三、国有资本经营预算拨款\t1,541.990021\t")
                .replace(
                    "130,848.454864\t147,000.000000\t\t329.995000",
                    "130,848.454864\t\t" + "147,000.000000\t329.995000")
                .replace("7,801.180555\t1,541.990021\t\t", "7,801.180555\t\t1,541.990021\t")
            + swapped
            + text.substring(text.indexOf("预算09表"));
    ImportDisclosureCommand c = plan(state).command();
    assertThat(c.spendingLegs())
        .filteredOn(l -> l.key().fundSource() == FundSource.STATE_CAPITAL)
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.key().function().value()).isEqualTo("21598");
              assertThat(l.amount()).isEqualTo(Fen.parseWan("148,541.990021"));
            });
    assertThat(bySource(c)).doesNotContainKey(FundSource.GOVERNMENT_FUND);
    assertThat(c.incomeLegs())
        .filteredOn(l -> l.key().fundSource() == FundSource.STATE_CAPITAL)
        .extracting(l -> l.key().origin() + " " + l.amount().formatWan(6))
        .containsExactly("CARRY_OVER 1,541.990021", "CURRENT_YEAR 147,000.000000");
  }

  @Test
  void aSoleNonFiscalSourcePaysItsLinesUnderItsOwnName() throws IOException {
    // the same document with its non-fiscal income moved into 其他收入 (totals unchanged)
    String only =
        text()
            .replace("四、财政专户管理资金收入\t329.995000", "四、财政专户管理资金收入\t")
            .replace("五、事业收入\t501.000000", "五、事业收入\t")
            .replace("九、其他收入\t49.685000", "九、其他收入\t1,224.724272")
            .replace("本年收入合计\t278,729.134864", "本年收入合计\t279,073.179136")
            .replace("上年结转结余\t9,687.214848\t年终", "上年结转结余\t9,343.170576\t年终")
            .replace(
                "288,416.349712\t278,729.134864\t130,848.454864\t147,000.000000\t\t329.995000"
                    + "\t501.000000\t\t\t\t49.685000\t9,687.214848\t7,801.180555\t1,541.990021\t\t\t"
                    + "344.044272",
                "288,416.349712\t279,073.179136\t130,848.454864\t147,000.000000\t\t\t"
                    + "\t\t\t\t1,224.724272\t9,343.170576\t7,801.180555\t1,541.990021\t\t\t");
    ImportDisclosureCommand c = plan(only).command();
    assertThat(bySource(c))
        .containsOnlyKeys(
            FundSource.GENERAL_BUDGET, FundSource.GOVERNMENT_FUND, FundSource.OTHER_INCOME);
    assertThat(bySource(c).get(FundSource.OTHER_INCOME))
        .isEqualTo(Fen.parseWan("1,212.494272").value());
    assertThat(c.spendingLegs())
        .filteredOn(l -> l.key().fundSource() == FundSource.OTHER_INCOME)
        .allSatisfy(
            l -> assertThat(l.derivation().rule()).isIn("SINGLE_SOURCE", "SPLIT_ACROSS_SOURCES"));
    assertThat(c.incomeLegs())
        .filteredOn(
            l ->
                l.key().origin() == Origin.CURRENT_YEAR
                    && l.key().fundSource() == FundSource.OTHER_INCOME)
        .extracting(IncomeLeg::amount)
        .containsExactly(Fen.parseWan("1,224.724272"));
  }
}
